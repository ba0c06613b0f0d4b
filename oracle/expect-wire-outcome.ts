import type { Spec } from '../spec/spec-types.ts';
import type { Request } from '../model/request.ts';
import type { WireForm } from '../model/wire.ts';
import type { World } from '../model/world.ts';
import { expectOutcome } from './expect-outcome.ts';
import { expectRejection } from './expect-rejection.ts';
import type { Expected } from '../model/expected.ts';
import { findWireViolations } from './wire/find-wire-violations.ts';

/**
 * The oracle for a raw request: the wire rules first (signature, headers, body); a body that gets through them is
 * a request like any other, judged by the request rules. No order between wire rules is assumed either.
 */
export function expectWireOutcome(spec: Spec, world: World, wire: WireForm): Expected {
  const { rules, view } = findWireViolations(spec, wire);
  const refusing = rules.filter((r) => 'reject' in r.expect);
  if (refusing.length) return expectRejection(refusing);
  const tolerated = rules.filter((r) => 'notServerError' in r.expect);
  const inner = expectOutcome(spec, world, view.json as Request);
  if (inner.outcome !== 'success') {
    // A tolerated defect may be the reason the target gives instead: then any client error will do.
    return tolerated.length
      ? expectRejection([...tolerated, ...spec.rules.filter((r) => inner.rules.includes(r.id))])
      : inner;
  }
  if (tolerated.length) return { outcome: 'either', rules: tolerated.map((r) => r.id) };
  const allowances = [...rules.filter((r) => 'succeed' in r.expect).map((r) => r.id), ...(inner.allowances ?? [])];
  return allowances.length ? { ...inner, allowances } : inner;
}
