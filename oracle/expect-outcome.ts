import type { Spec } from '../spec/spec-types.ts';
import type { Request } from '../model/request.ts';
import type { World } from '../model/world.ts';
import { findViolations } from './find-violations.ts';
import { resolveResources } from './resolve-resources.ts';
import { effectiveConfig } from './effective-config.ts';
import type { Expected } from '../model/expected.ts';
import { findAllowances } from './find-allowances.ts';
import { expectRejection } from './expect-rejection.ts';
import { judgePolicy } from './policy/judge-policy.ts';
import type { Resolved } from './checks/check-context.ts';

/**
 * The oracle: what the contract expects of a StartWorkflowExecution request in a world. `asCaller` for a case's own
 * request, which is sent as the caller and judged by the world's caller policy too. `resolved`: the request's domain
 * and type, when the caller has looked them up already (resolveResources with no invalid member).
 */
export function expectOutcome(
  spec: Spec,
  world: World,
  request: Request,
  asCaller = false,
  resolved: Resolved = resolveResources(world, request, new Set()),
): Expected {
  const verdict = asCaller ? judgePolicy(spec, world, request, resolved) : { decision: 'allow' as const };
  const denied = verdict.decision === 'allow' ? [] : spec.rules.filter((r) => verdict.rules.includes(r.id));
  const broken = findViolations(spec, world, request, resolved);
  // A request refused anyway may be refused for its policy or for its other rules: no order is assumed.
  if (verdict.decision === 'deny' || (verdict.decision === 'open' && broken.length))
    return expectRejection([...broken, ...denied]);
  if (broken.length === 0) {
    if (verdict.decision === 'open') {
      const codes = [
        ...new Set(
          denied.flatMap((r) => ('reject' in r.expect && 'codes' in r.expect.reject ? r.expect.reject.codes : [])),
        ),
      ];
      return { outcome: 'either', rules: verdict.rules, codes, because: verdict.because };
    }
    const type = resolved.type;
    if (!type) throw new Error('oracle: a request that breaks no rule must name a registered type');
    const allowances = findAllowances(spec, world, request);
    return {
      outcome: 'success',
      effective: effectiveConfig(spec, type, request),
      ...(allowances.length ? { allowances } : {}),
    };
  }
  return expectRejection(broken);
}
