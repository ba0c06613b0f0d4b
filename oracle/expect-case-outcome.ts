import type { Spec } from '../spec/spec-types';
import type { Case } from '../model/case';
import type { World } from '../model/world';
import { expectOutcome } from './expect-outcome';
import { expectWireOutcome } from './expect-wire-outcome';
import type { Expected } from '../model/expected';
import type { Resolved } from './checks/check-context';

/** What the contract expects of a case's own request: judged on the wire when it is sent raw, else as a request the caller sends. */
export function expectCaseOutcome(
  spec: Spec,
  world: World,
  c: Pick<Case, 'request' | 'wire'>,
  resolved?: Resolved,
): Expected {
  return c.wire ? expectWireOutcome(spec, world, c.wire) : expectOutcome(spec, world, c.request, true, resolved);
}
