import { describe, expect, it } from 'vitest';
import { judgeInteractions } from './judge-interactions.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { INTERACTIONS_FORMAT, type RecordedInteraction } from './interaction-recording.ts';

const spec = loadSpec();
let n = 0;
const call = (operation: string, request: object, status: number, response: object): RecordedInteraction => ({
  id: `0:${n++}`,
  operation,
  request: {
    target: `SimpleWorkflowService.${operation}`,
    contentType: 'application/x-amz-json-1.0',
    body: { json: request },
  },
  response: { status, contentType: 'application/x-amz-json-1.0', body: { json: response } },
});
const judge = (...interactions: RecordedInteraction[]) =>
  judgeInteractions(spec, { format: INTERACTIONS_FORMAT, sources: [], interactions });
const type = { name: 't', version: '1' };
const start = {
  domain: 'd',
  workflowId: 'w',
  workflowType: type,
  taskList: { name: 'q' },
  executionStartToCloseTimeout: '300',
  taskStartToCloseTimeout: '30',
  childPolicy: 'TERMINATE',
};
const describeType = call('DescribeWorkflowType', { domain: 'd', workflowType: type }, 200, {
  configuration: {},
  typeInfo: { status: 'REGISTERED', workflowType: type },
});
const described = (config: object, executionStatus = 'OPEN') =>
  call('DescribeWorkflowExecution', { domain: 'd', execution: { workflowId: 'w', runId: 'r1' } }, 200, {
    executionConfiguration: {
      taskList: { name: 'q' },
      executionStartToCloseTimeout: '300',
      taskStartToCloseTimeout: '30',
      childPolicy: 'TERMINATE',
      ...config,
    },
    executionInfo: { execution: { workflowId: 'w', runId: 'r1' }, executionStatus, workflowType: type },
  });

describe('judgeInteractions', () => {
  it('finds the spec contradicted where the recorded service accepted what the spec refuses', () => {
    const v = judge(
      describeType,
      call('StartWorkflowExecution', { ...start, tagList: ['1', '2', '3', '4', '5', '6'] }, 200, { runId: 'r1' }),
    );
    expect(v.specDivergences.map((d) => [d.rule, d.kind])).toEqual([['tagList.maxItems', 'accepted-invalid']]);
    expect(v.rulesObserved['tagList.maxItems']).toBe(1);
  });

  it('finds nothing in answers that follow the contract, and judges the effects a later Describe shows', () => {
    expect(
      judge(describeType, call('StartWorkflowExecution', start, 200, { runId: 'r1' }), described({})).specDivergences,
    ).toEqual([]);
    const wrong = judge(
      describeType,
      call('StartWorkflowExecution', start, 200, { runId: 'r1' }),
      described({ taskPriority: '5' }),
    );
    expect(wrong.specDivergences.map((d) => [d.rule, d.kind])).toEqual([['effects.taskPriority', 'wrong-effect']]);
  });

  it('knows a domain only from what the answers show, and an execution closed once a Describe says so', () => {
    expect(
      judge(
        call('StartWorkflowExecution', { ...start, domain: 'gone' }, 400, {
          __type: 'x#UnknownResourceFault',
          message: 'Unknown domain',
        }),
      ).specDivergences,
    ).toEqual([]);
    const closedThenAgain = judge(
      describeType,
      call('StartWorkflowExecution', start, 200, { runId: 'r1' }),
      described({}, 'CLOSED'),
      call('StartWorkflowExecution', start, 200, { runId: 'r2' }),
    );
    expect(closedThenAgain.specDivergences).toEqual([]);
    const stillOpen = judge(
      describeType,
      call('StartWorkflowExecution', start, 200, { runId: 'r1' }),
      call('StartWorkflowExecution', start, 200, { runId: 'r2' }),
    );
    expect(stillOpen.specDivergences.map((d) => d.kind)).toEqual(['accepted-invalid']);
  });
});

describe('judgeInteractions on a recording that registers its own fixtures', () => {
  it('knows the domain and type the recording registered, with the defaults it registered', () => {
    const v = judge(
      call('RegisterDomain', { name: 'd', workflowExecutionRetentionPeriodInDays: '1' }, 200, {}),
      call(
        'RegisterWorkflowType',
        {
          domain: 'd',
          name: 't',
          version: '1',
          defaultTaskList: { name: 'q' },
          defaultChildPolicy: 'TERMINATE',
          defaultExecutionStartToCloseTimeout: '300',
          defaultTaskStartToCloseTimeout: '30',
        },
        200,
        {},
      ),
      call('StartWorkflowExecution', { domain: 'd', workflowId: 'w', workflowType: type }, 200, { runId: 'r1' }),
      described({}),
    );
    expect(v.specDivergences).toEqual([]);
  });
});

describe('judgeInteractions on executions the recording did not open or close itself', () => {
  it('takes an AlreadyStarted answer for an execution opened before the recording, and a history that shows it closed', () => {
    const before = judge(
      describeType,
      call('StartWorkflowExecution', start, 400, {
        __type: 'x#WorkflowExecutionAlreadyStartedFault',
        message: 'Already Started',
      }),
    );
    expect(before.specDivergences).toEqual([]);
    const closedElsewhere = judge(
      describeType,
      call('StartWorkflowExecution', start, 200, { runId: 'r1' }),
      call('GetWorkflowExecutionHistory', { domain: 'd', execution: { workflowId: 'w', runId: 'r1' } }, 200, {
        events: [{ eventType: 'WorkflowExecutionStarted' }, { eventType: 'WorkflowExecutionCompleted' }],
      }),
      call('StartWorkflowExecution', start, 200, { runId: 'r2' }),
    );
    expect(closedElsewhere.specDivergences).toEqual([]);
  });

  it('lists a start whose body is not a JSON object as unusable, not as a request without members', () => {
    const odd = {
      ...call('StartWorkflowExecution', {}, 200, { runId: 'r1' }),
      request: { target: 'SimpleWorkflowService.StartWorkflowExecution', body: { json: 'text' } },
    };
    expect(judge(odd)).toMatchObject({ specDivergences: [], unusable: [odd.id] });
  });
});
