import type { Spec } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { World } from '../model/world.ts';
import { expectOutcome } from './expect-outcome.ts';
import { expectWireOutcome } from './expect-wire-outcome.ts';
import type { Expected } from '../model/expected.ts';
import type { Resolved } from './checks/check-context.ts';

/** What the contract expects of a case's own request: judged on the wire when it is sent raw, else as a request the caller sends. */
export function expectCaseOutcome(
  spec: Spec,
  world: World,
  c: Pick<Case, 'request' | 'wire'>,
  resolved?: Resolved,
): Expected {
  return c.wire ? expectWireOutcome(spec, world, c.wire) : expectOutcome(spec, world, c.request, true, resolved);
}
