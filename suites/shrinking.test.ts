// Shrinking on the live target stays on the rule and on the divergence: steps that would lose either are rejected.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import { openTarget } from '../targets/open-target.ts';
import type { Target } from '../targets/target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import { replayCase } from '../runner/replay-case.ts';
import { findViolations } from '../oracle/find-violations.ts';

const spec = loadSpec();

/** Runs one family on a mock whose answers `bend` may replace, with shrinking on. */
async function runShrinking(
  family: 'tag-list' | 'characters',
  bend: (target: Target) => Target['start'],
  quirks: string[] = [],
) {
  const target = await openTarget('mock', { quirks });
  try {
    return await runConformance({
      spec,
      target: { ...target, start: bend(target) },
      seed: 21,
      runs: 8,
      families: [family],
      shrink: true,
    });
  } finally {
    await target.close();
  }
}

describe('shrinking a divergence on the target', () => {
  it('keeps the rule broken and the divergence the same, and rejects steps that would lose it', async () => {
    // A target that wrongly accepts eight tags or more, and only those: six or seven are refused as they should be.
    const result = await runShrinking(
      'tag-list',
      (t) => async (request) =>
        Array.isArray(request.tagList) && request.tagList.length >= 8
          ? { ok: true, status: 200, runId: 'accepted' }
          : t.start(request),
    );
    const d = result.divergences.find((x) => x.rule === 'tagList.maxItems' && x.kind === 'accepted-invalid');
    expect(d?.shrunk).toBeDefined();
    const tags = d!.shrunk!.request.tagList as string[];
    expect(tags).toHaveLength(8); // not 6 or 7: those steps changed the outcome and were rejected
    expect(tags.every((tag) => tag === '')).toBe(true);
    expect(findViolations(spec, buildWorld(spec, d!.replay.runTag), d!.shrunk!.request).map((r) => r.id)).toEqual([
      'tagList.maxItems',
    ]);
    // The shrunk path regenerates the shrunk case.
    expect(replayCase(spec, { ...d!.replay, path: d!.shrunk!.path }).request).toEqual(d!.shrunk!.request);
  });

  it('shrinks a forbidden character case to the character the target lets through', async () => {
    const result = await runShrinking('characters', (t) => t.start.bind(t), ['allow-colon-in-workflow-id']);
    const d = result.divergences.find((x) => x.rule === 'workflowId.forbiddenChars')!;
    expect(d.shrunk!.request.workflowId).toBe(':');
    expect(replayCase(spec, { ...d.replay, path: d.shrunk!.path }).request).toEqual(d.shrunk!.request);
  });
});
