import type { Rule, Spec } from '../../spec/spec-types.ts';
import type { WireForm } from '../../model/wire.ts';
import { readWire, type WireView } from './read-wire.ts';
import { walkSchema } from './walk-schema.ts';
import { WIRE_CHECKS } from './wire-checks.ts';

/** The wire rules a raw request breaks or relies on (allowances such as the long X-Amz-Target form), and the body as read. */
export function findWireViolations(spec: Spec, wire: WireForm): { rules: Rule[]; view: WireView } {
  const view = readWire(wire);
  // The schema only judges a body the service could read: decoded, well-formed and not too big.
  const walked = view.parsed && view.size > 0 ? walkSchema(spec.request, view.json) : undefined;
  // A wrongly typed body cannot be deserialized at all: nothing else about its members is ever looked at.
  const schema = walked?.wrongTypes.length
    ? { ...walked, unknownMembers: [], omitted: [], nulls: [], nullItems: [] }
    : walked;
  const rules = spec.rules.filter(
    (r) => r.check.kind === 'wire' && WIRE_CHECKS[r.check.defect!]({ view, schema }, r.check),
  );
  return { rules, view };
}
