import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { compareEffects } from './compare-effects.ts';
import type { EffectiveConfig } from '../model/effective-config.ts';
import type { EffectView } from '../model/observation.ts';

const spec = loadSpec();
const effective: EffectiveConfig = {
  workflowType: { name: 't', version: '1' },
  taskList: 'tl',
  executionStartToCloseTimeout: '60',
  taskStartToCloseTimeout: 'NONE',
  childPolicy: 'ABANDON',
  taskPriority: '0',
  tagList: [],
};
const view: EffectView = {
  workflowType: { name: 't', version: '1' },
  taskList: 'tl',
  executionStartToCloseTimeout: '60',
  taskStartToCloseTimeout: 'NONE',
  childPolicy: 'ABANDON',
  taskPriority: '0',
};

describe('compareEffects', () => {
  it('finds nothing when both reads show the effective configuration', () => {
    expect(compareEffects(spec, effective, 'run-1', { describe: { ...view, runId: 'run-1' }, started: view })).toEqual(
      [],
    );
  });

  it('lets an absent priority stand for 0 and absent tags for none, as the equivalence table says', () => {
    const { taskPriority: _p, ...noPriority } = view;
    expect(
      compareEffects(spec, effective, 'run-1', { describe: { ...noPriority, runId: 'run-1' }, started: noPriority }),
    ).toEqual([]);
  });

  it('does not let an absent priority stand for any other value', () => {
    const { taskPriority: _p, ...noPriority } = view;
    const found = compareEffects(spec, { ...effective, taskPriority: '7' }, 'run-1', {
      describe: { ...view, taskPriority: '7', runId: 'run-1' },
      started: noPriority,
    });
    expect(found).toEqual([{ rule: 'effects.taskPriority', source: 'started', expected: '7', observed: undefined }]);
  });

  it('names the effect rule of each differing field and where it was seen', () => {
    const found = compareEffects(spec, { ...effective, tagList: ['a'] }, 'run-1', {
      describe: { ...view, tagList: ['a'], taskList: 'other', runId: 'run-1' },
      started: view,
    });
    expect(found.map((m) => `${m.rule}@${m.source}`)).toEqual(['effects.taskList@describe', 'effects.tagList@started']);
  });

  it('reports an execution that cannot be read back under effects.runId', () => {
    const found = compareEffects(spec, effective, 'run-1', {
      readError: { ok: false, status: 400, code: 'UnknownResourceFault', call: 'DescribeWorkflowExecution' },
    });
    expect(found.map((m) => m.rule)).toEqual(['effects.runId']);
  });
});
