import fc from 'fast-check';
import { findType, RuleNotApplicable, type TypeFixture } from '../model/world.ts';
import type { CallerPolicy } from '../model/policy/caller-policy.ts';
import { contextsOfRequest } from '../model/policy/contexts-of-request.ts';
import { evaluatePolicy, type PolicyDecision } from '../model/policy/evaluate-policy.ts';
import type { Request } from '../model/request.ts';
import type { ConditionKey } from '../spec/spec-types.ts';
import { usableTypes, validRequest } from './valid-request.ts';
import { valueAround, valueInside } from './policy-key-value.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Whether a rule's factor has a boundary in this policy at all; the reason when it has none. */
function whyNoBoundary(policy: CallerPolicy, factor: string): string | undefined {
  const allows = policy.statements.filter((s) => s.effect === 'Allow');
  if (factor === 'evaluation') return undefined;
  if (!allows.length) return 'the policy has no Allow statement, so every start is refused (access.evaluation)';
  if (factor === 'resource') {
    return allows.every((s) => !s.resources.not && s.resources.patterns.includes('*'))
      ? 'every Allow statement of the policy covers every domain'
      : undefined;
  }
  return policy.statements.some((s) => s.conditions.some((c) => c.key === factor))
    ? undefined
    : `the policy puts no condition on ${factor}`;
}

/**
 * Puts key values into a request, by the members the spec says the keys read: a list member by position (the list
 * stops at the first absent value) and a nested name (left out only where the type's default stands in: otherwise
 * the case would break a defaults rule too).
 */
function withValues(
  request: Request,
  values: Record<string, string | undefined>,
  keys: ConditionKey[],
  type: TypeFixture,
): Request {
  const out: Record<string, unknown> = { ...request };
  const positional = keys.filter((k) => k.index !== undefined).sort((a, b) => a.index! - b.index!);
  const list: string[] = [];
  for (const k of positional) {
    if (values[k.key] === undefined) break;
    list.push(values[k.key]!);
  }
  if (positional.length) {
    if (list.length) out[positional[0].member] = list;
    else delete out[positional[0].member];
  }
  for (const k of keys.filter((x) => x.index === undefined)) {
    const [top, leaf] = k.member.split('.');
    if (values[k.key] !== undefined) out[top] = { [leaf]: values[k.key] };
    else if (k.typeDefault && type.defaults[k.typeDefault as keyof TypeFixture['defaults']]) delete out[top];
  }
  return out as Request;
}

const FEASIBILITY_TRIES = 300;

/**
 * Yields starts around the boundary of one factor of the caller's policy (a condition key, the resource or the
 * evaluation): every other key takes a value an Allow statement accepts, the factor's key takes values inside, just
 * outside, elsewhere or absent, and any fixture type or domain; a case is kept only if the policy then refuses it
 * for that factor alone, or allows it.
 */
export const requestAroundPolicy: RuleGenerator = (rule, c, world) => {
  const policy = world.callerPolicy;
  if (!policy)
    throw new RuleNotApplicable('no --policy given: the access rules judge starts by the policy the caller carries');
  const factor = rule.check.factor!;
  const why = whyNoBoundary(policy, factor);
  if (why) throw new RuleNotApplicable(why);
  const allows = policy.statements.filter((s) => s.effect === 'Allow');
  const statements = allows.length ? allows : policy.statements;
  const types = usableTypes(world);
  // The type's keys come from the fixture a case names; every other key's value is drawn.
  const settable = c.spec.access.conditionKeys.filter((k) => !k.member.startsWith('workflowType.'));
  // Built once per key and statement, not once per case.
  const around = new Map(settable.map(({ key }) => [key, valueAround(policy, key)]));
  const valuesFor = new Map(
    statements.map((s) => [
      s,
      fc.record(
        Object.fromEntries(
          settable.map(({ key }) => [
            key,
            key === factor || factor === 'evaluation' ? around.get(key)! : valueInside(s, key),
          ]),
        ) as Record<string, fc.Arbitrary<string | undefined>>,
      ),
    ]),
  );
  const base = fc.constantFrom(...statements).chain((s) => valuesFor.get(s)!);
  const byType = new Map(types.map((t) => [t, validRequest(c, world, { types: [t] })]));
  const decide = (request: Request) => {
    const wt = request.workflowType as { name: string; version: string };
    const type = findType(world, request.domain, wt.name, wt.version);
    return contextsOfRequest(c.spec.access, request, type).map((r) =>
      evaluatePolicy(policy, String(request.domain), r.context),
    );
  };
  const onBoundary = ({ decisions }: { decisions: PolicyDecision[] }) =>
    decisions.every((d) => d.blame.every((f) => f === factor));
  const candidates = fc
    .tuple(fc.constantFrom(...types), base)
    .chain(([type, values]) => byType.get(type)!.map((r) => withValues(r, values, settable, type)))
    .map((request) => ({ request, decisions: decide(request) }));
  // A filter nothing passes would never end: the policy may leave no start on this boundary alone (no Allow covering
  // the run's domains, say). A fixed sample decides it, the same way every time.
  if (!fc.sample(candidates, { seed: 0, numRuns: FEASIBILITY_TRIES }).some(onBoundary)) {
    throw new RuleNotApplicable(
      `none of ${FEASIBILITY_TRIES} starts on the run's fixtures is refused for ${factor} alone or allowed (does an Allow statement cover their domains?)`,
    );
  }
  return candidates.filter(onBoundary).map(({ request, decisions }) => {
    const side = decisions.every((d) => d.allowed)
      ? 'inside'
      : decisions.some((d) => d.allowed)
        ? 'unsettled'
        : 'outside';
    return {
      rule: rule.id,
      before: [],
      request,
      facets: { side, domain: String(request.domain), workflowType: (request.workflowType as { name: string }).name },
    };
  });
};
