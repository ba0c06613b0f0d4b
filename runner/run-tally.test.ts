import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { Case } from '../model/case.ts';
import type { Divergence } from '../model/divergence.ts';
import type { SoftFinding } from '../model/soft-finding.ts';
import type { CaseOutcome } from './run-case.ts';
import { createRunTally, recordCase, reportedTallies } from './run-tally.ts';

const spec = loadSpec();
const [rule, other] = spec.rules.filter((r) => r.family === 'tag-list');
const effect = spec.rules.find((r) => r.family !== 'tag-list')!;

const kase = (facets: Record<string, string | number>) => ({ rule: rule.id, facets }) as unknown as Case;
const divergence = (kind: string) => ({ rule: rule.id, kind, observed: { status: 400 } }) as unknown as Divergence;
const soft = (code: string) => ({ rule: rule.id, observed: { code, status: 400 } }) as unknown as SoftFinding;
const outcome = (o: Partial<CaseOutcome>): CaseOutcome =>
  ({ divergences: [], alsoExercised: [], calls: 1, trace: [], ...o }) as CaseOutcome;

describe('the run tally', () => {
  it('counts cases, calls, inconclusive cases and coverage facets (the case’s and the answers’), others exercised once', () => {
    const tally = createRunTally(spec);
    recordCase(tally, rule, 0, kase({ size: 2 }), outcome({ calls: 3, alsoExercised: [effect.id, effect.id] }));
    recordCase(
      tally,
      rule,
      1,
      kase({ size: 2 }),
      outcome({ facets: { 'answered with': 'x' }, inconclusive: 'throttled' }),
    );
    expect(tally.cases).toBe(2);
    expect(tally.calls).toBe(4);
    expect(tally.inconclusive).toEqual([{ rule: rule.id, path: '1', why: 'throttled' }]);
    expect(tally.rules.get(rule.id)).toMatchObject({
      cases: 2,
      coverage: { size: { 2: 2 }, 'answered with': { x: 1 } },
    });
    expect(tally.rules.get(effect.id)).toMatchObject({ cases: 1, coverage: {} });
    expect(reportedTallies(tally, ['tag-list']).map((t) => t.id)).toEqual(
      spec.rules.filter((r) => r.family === 'tag-list' || r.id === effect.id).map((r) => r.id),
    );
  });

  it('names divergences after their case, counts each for its own rule and folds repeats past the listed few', () => {
    const tally = createRunTally(spec);
    const foreign = { ...divergence('accepted-invalid'), rule: other.id };
    const first = recordCase(
      tally,
      rule,
      4,
      kase({}),
      outcome({ divergences: [divergence('accepted-invalid'), foreign] }),
    );
    expect(first.divergences.map((d) => d.id)).toEqual([`${rule.id}#4.0`, `${rule.id}#4.1`]);
    for (const index of [5, 6, 7])
      recordCase(tally, rule, index, kase({}), outcome({ divergences: [divergence('accepted-invalid')] }));
    expect(tally.rules.get(rule.id)!.divergences).toBe(4);
    expect(tally.rules.get(other.id)!.divergences).toBe(1);
    expect(tally.divergences.map((d) => d.id)).toEqual([
      `${rule.id}#4.0`,
      `${rule.id}#4.1`,
      `${rule.id}#5.0`,
      `${rule.id}#6.0`,
    ]);
    expect(tally.divergences[0].repeats).toBe(1);
  });

  it('lists one soft finding of each rule and code, and hands every one back for the hooks', () => {
    const tally = createRunTally(spec);
    const got = recordCase(tally, rule, 0, kase({}), outcome({ softFindings: [soft('A'), soft('A'), soft('B')] }));
    expect(got.softFindings).toHaveLength(3);
    expect(tally.softFindings.map((f) => [f.observed.code, f.repeats])).toEqual([
      ['A', 1],
      ['B', undefined],
    ]);
    expect(recordCase(tally, rule, 1, kase({}), outcome({})).softFindings).toEqual([]);
  });
});
