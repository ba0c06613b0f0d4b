import type { Spec } from '../spec/spec-types.ts';
import type { Effects, Observation } from '../model/observation.ts';
import { buildWorld } from '../model/build-world.ts';
import { trackWorld } from '../model/track-world.ts';
import { expectOutcome } from '../oracle/expect-outcome.ts';
import { expectCaseOutcome } from '../oracle/expect-case-outcome.ts';
import { classifyOutcome } from '../oracle/classify-outcome.ts';
import type { RecordingVerdict } from '../model/recording-verdict.ts';
import type { DivergenceKind } from '../model/divergence-kind.ts';
import { compareEffects } from '../oracle/compare-effects.ts';
import { replayCase } from '../runner/replay-case.ts';
import type { Recording } from './recording.ts';
import { clipLargeValues } from '../model/clip-large-values.ts';
import { restoreClipped } from '../model/restore-clipped.ts';

/** Judges a recording with the oracle, case by case, as if its target were the one under test. */
export function judgeRecording(spec: Spec, recording: Recording): RecordingVerdict {
  const verdict: RecordingVerdict = { rulesObserved: {}, specDivergences: [], unusable: [] };
  for (const recorded of recording.cases) {
    const replay = { rule: recorded.rule, seed: recording.seed, path: recorded.path, runTag: recording.runTag };
    const kase = spec.rules.some((r) => r.id === recorded.rule) ? replayCase(spec, replay) : undefined;
    // The recording holds long strings clipped: the regenerated request is compared clipped alike (length and hash).
    if (!kase || JSON.stringify(clipLargeValues(kase.request)) !== JSON.stringify(clipLargeValues(recorded.request))) {
      verdict.unusable.push(recorded.key);
      continue;
    }
    verdict.rulesObserved[kase.rule] = (verdict.rulesObserved[kase.rule] ?? 0) + 1;
    const world = buildWorld(spec, recording.runTag);
    // Values the target echoed (an input read back) are put back whole from the regenerated case, for the oracle to judge.
    const trace = restoreClipped(recorded.trace, kase);
    const answer = (call: string) =>
      (trace.find((t) => t.call === call) as { observed?: Observation } | undefined)?.observed;
    const flag = (rule: string, kind: DivergenceKind, call: string, expected: unknown, got: unknown) =>
      verdict.specDivergences.push({ rule, kind, key: recorded.key, call, expected, recorded: got });
    const steps = [...kase.before, { op: 'start' as const, request: kase.request }];
    steps.forEach((step, i) => {
      const call = i < kase.before.length ? `before[${i}]` : 'request';
      const got = answer(call);
      if (!got) return;
      if (step.op === 'start') {
        const expected =
          call === 'request' ? expectCaseOutcome(spec, world, kase) : expectOutcome(spec, world, step.request);
        const kind = classifyOutcome(expected, got);
        if (kind) flag(kase.rule, kind, call, expected, got);
        if (call === 'request' && expected.outcome === 'success' && got.ok) {
          const effects = (trace.find((t) => t.call === 'effects') as { effects?: Effects } | undefined)?.effects ?? {};
          for (const m of compareEffects(spec, expected.effective, got.runId, effects))
            flag(m.rule, 'wrong-effect', `effects ${m.source}`, m.expected, m.observed);
        }
      }
      trackWorld(world, step, got);
    });
  }
  return verdict;
}
