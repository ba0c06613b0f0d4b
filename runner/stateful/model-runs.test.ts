import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../spec/load-spec.ts';
import { buildWorld } from '../../model/build-world.ts';
import { modelOf, type ModelRun } from './stateful-model.ts';
import { closeRun, deliverable, scheduledOn, startedIn } from './model-runs.ts';

const spec = loadSpec();

/** A model holding open runs of the main domain, on list 'l' unless told. */
function modelWith(runs: Array<Partial<ModelRun> & { runId: string }>) {
  const m = modelOf(spec, buildWorld(spec, 't'), { maxWaits: 1, canCall: true });
  for (const r of runs) {
    const run: ModelRun = {
      domain: 't-main',
      workflowId: `w-${r.runId}`,
      config: { workflowType: { name: 'full', version: '1' }, tagList: [], taskList: 'l', taskPriority: '0' },
      task: { state: 'scheduled' },
      ...r,
    };
    m.world.open.push({ domain: run.domain, workflowId: run.workflowId, runId: run.runId });
    m.runs.push(run);
  }
  return m;
}

describe('the decision-task model', () => {
  it('delivers the highest taskPriority first, any of equals alike, and only scheduled tasks of the list', () => {
    const m = modelWith([
      {
        runId: 'a',
        config: { workflowType: { name: 'full', version: '1' }, tagList: [], taskList: 'l', taskPriority: '7' },
      },
      {
        runId: 'b',
        config: { workflowType: { name: 'full', version: '1' }, tagList: [], taskList: 'l', taskPriority: '7' },
      },
      {
        runId: 'c',
        config: { workflowType: { name: 'full', version: '1' }, tagList: [], taskList: 'l', taskPriority: '-3' },
      },
      {
        runId: 'd',
        config: { workflowType: { name: 'full', version: '1' }, tagList: [], taskList: 'other', taskPriority: '9' },
      },
      { runId: 'e', task: { state: 'started', token: 'x' } },
    ]);
    expect(scheduledOn(m, 't-main', 'l').map((r) => r.runId)).toEqual(['a', 'b', 'c']);
    expect(deliverable(m, 't-main', 'l').map((r) => r.runId)).toEqual(['a', 'b']);
    expect(startedIn(m)?.runId).toBe('e');
  });

  it('closes a run with its task; TERMINATE closes its open children, ABANDON leaves them open', () => {
    const m = modelWith([
      { runId: 'p' },
      { runId: 'c1', parentRunId: 'p' },
      { runId: 'q' },
      { runId: 'c2', parentRunId: 'q' },
    ]);
    closeRun(m, m.runs[0], 'TERMINATED', 'TERMINATE');
    closeRun(m, m.runs[2], 'TERMINATED', 'ABANDON');
    expect(m.world.open.map((e) => e.runId)).toEqual(['c2']);
    expect(m.runs.map((r) => [r.runId, r.closeStatus, r.task?.state])).toEqual([
      ['p', 'TERMINATED', undefined],
      ['c1', 'TERMINATED', undefined],
      ['q', 'TERMINATED', undefined],
      ['c2', undefined, 'scheduled'],
    ]);
    expect(scheduledOn(m, 't-main', 'l').map((r) => r.runId)).toEqual(['c2']);
  });
});
