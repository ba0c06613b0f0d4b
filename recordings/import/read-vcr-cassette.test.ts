import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInputText } from './parse-input-text.ts';
import { readVcrCassette } from './read-vcr-cassette.ts';
import { exchangeToInteraction } from './exchange-to-interaction.ts';
import { fixturePath } from './fixture-path.test-support.ts';

const read = (name: string) => readVcrCassette(parseInputText(name, readFileSync(fixturePath(name), 'utf8')), name);

describe('readVcrCassette', () => {
  it('reads a boto2 cassette of Python 2 (!!python/unicode, flow lists) with its status, headers in any case and bodies', () => {
    const [first, start] = read('simpleflow/test_simpleflow_workflow_start.yaml');
    expect(first!.request.headers['x-amz-target']).toBe(
      'com.amazonaws.swf.service.model.SimpleWorkflowService.DescribeWorkflowType',
    );
    expect(first!.request.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(first!.response).toMatchObject({ status: 200, headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(String(start!.request.body))).toMatchObject({
      workflowId: 'test-simpleflow-workflow',
      input: 'null',
    });
    expect(JSON.parse(String(start!.response.body))).toEqual({
      runId: '22Pij42qQYS4zptpD4JBqrvr24zGnPxT9rTOkGXVcZVhA=',
    });
  });

  it('reads the 2023 block style (Content-Type capitalized in answers) and the tagList [null] start', () => {
    const recent = read('simpleflow/test_failing_workflow_input.yaml').map((e, i) =>
      exchangeToInteraction(e!, `0:${i}`)!,
    );
    expect(recent.map((i) => i.operation)).toEqual([
      'DescribeWorkflowType',
      'StartWorkflowExecution',
      'DescribeWorkflowExecution',
      'GetWorkflowExecutionHistory',
    ]);
    expect(recent[2].response.contentType).toBe('application/json');
    expect(JSON.stringify(recent[2].response.body.json)).toMatch(/"reopenGenerationId":0/);
    const rerun = read('simpleflow/test_simpleflow_activity_rerun.yaml').map((e, i) =>
      exchangeToInteraction(e!, `0:${i}`)!,
    );
    expect(rerun[1].request.body.json).toMatchObject({ tagList: [null] });
  });

  it('reads the boto3 form: !!binary bodies, short targets, and leaves the STS call to be skipped', () => {
    const exchanges = read('own/sdk-boto3-cassette.yaml');
    expect(exchanges).toHaveLength(5);
    const interactions = exchanges.map((e, i) => exchangeToInteraction(e!, `0:${i}`));
    expect(interactions.map((i) => i?.operation)).toEqual([
      'StartWorkflowExecution',
      'PollForDecisionTask',
      'RespondDecisionTaskCompleted',
      'PollForDecisionTask',
      undefined,
    ]);
    expect(interactions[0]!.request).toMatchObject({
      target: 'SimpleWorkflowService.StartWorkflowExecution',
      contentType: 'application/x-amz-json-1.0',
      body: { json: { workflowId: 'order-42' } },
    });
    expect(interactions[1]!.response.body.json).toMatchObject({ startedEventId: 3 });
    expect(interactions[2]!.response.body).toEqual({});
  });

  it('counts a malformed entry as undefined and refuses data without interactions', () => {
    expect(readVcrCassette({ interactions: [{ request: {} }, 'x'] }, 'f')).toEqual([undefined, undefined]);
    expect(() => readVcrCassette({ version: 1 }, 'f.yaml')).toThrow(/^f\.yaml: not a vcrpy cassette/);
  });
});
