// Requests that break two rules at once: either rule's error conforms, and which one a target gives is recorded,
// so that two targets (or a target and a recording of the real service) can be compared on it.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { recordRun } from '../recordings/record-run.ts';
import { diffRecordings } from '../recordings/diff-recordings.ts';
import { describeFamily } from './family-suite.ts';
import { runOnTarget } from './run-on-target.ts';

describeFamily('validation-order');

describe('validation order, recorded and compared', () => {
  it('records which error the mock gave for each combination of rules', async () => {
    const result = await runOnTarget({ families: ['validation-order'], runs: 20 }, 'mock');
    const tally = result.rules.find((r) => r.id === 'order.memberAndState')!;
    const answers = Object.entries(tally.coverage['answered with'] ?? {});
    expect(answers.reduce((n, [, count]) => n + count, 0)).toBe(tally.cases);
    expect(answers.map(([label]) => label).join('\n')).toMatch(/^ValidationException → /m);
  });

  it('finds no divergence on a mock that checks state before members, yet compare lists every case it answers differently', async () => {
    const quirk = 'state-checks-first';
    const reordered = await runOnTarget({ families: ['validation-order'], runs: 20, quirks: [quirk] }, 'mock');
    expect(reordered.divergences).toEqual([]);
    const spec = loadSpec();
    const plan = { seed: 7, runs: 10, families: ['validation-order' as const] };
    const record = async (quirks: string[]) => {
      const target = await openTarget('mock', { quirks });
      try {
        return (await recordRun(spec, target, plan)).recording;
      } finally {
        await target.close();
      }
    };
    const faithful = await record([]);
    const stateFirst = await record([quirk]);
    const differences = diffRecordings(faithful, stateFirst);
    const differing = new Set(differences.filter((d) => d.aspect === 'error-code').map((d) => d.key));
    expect(differing.size).toBeGreaterThan(0);
    // Only member-and-state cases can differ: two member rules give the same ValidationException either way.
    for (const key of differing) expect(key).toMatch(/^order\.memberAndState#/);
  });
});
