import { describe, expect, it } from 'vitest';
import { checkDocumentedRules } from './documented-rules.ts';

const valid = { domain: 'd', workflowId: 'w', workflowType: { name: 'n', version: '1' } };
const checks = (input: object) =>
  checkDocumentedRules('StartWorkflowExecution', { ...valid, ...input }).map((v) => v.check);

describe('checkDocumentedRules', () => {
  it('refuses the forbidden characters and the literal arn in domain, workflowId and task list name', () => {
    expect(checks({ domain: 'a:b' })).toEqual(['StartWorkflowExecution:domain.colon']);
    expect(checks({ workflowId: 'a/b|c' })).toEqual([
      'StartWorkflowExecution:workflowId.slash',
      'StartWorkflowExecution:workflowId.pipe',
    ]);
    expect(checks({ taskList: { name: 'a\u0000' } })).toEqual(['StartWorkflowExecution:taskList.name.control']);
    expect(checks({ workflowId: 'a\u0085' })).toEqual(['StartWorkflowExecution:workflowId.control']);
    expect(checks({ workflowId: 'a\u00a0' })).toEqual([]);
    expect(checks({ workflowId: 'arn' })).toEqual(['StartWorkflowExecution:workflowId.arn']);
    expect(checks({ workflowId: 'arn:x' })).toEqual(['StartWorkflowExecution:workflowId.colon']);
    expect(checks({ workflowId: 'ARN' })).toEqual([]);
  });

  it('wants taskPriority as a decimal integer within int32', () => {
    for (const ok of ['0', '-2147483648', '2147483647', '+5', '007']) expect(checks({ taskPriority: ok })).toEqual([]);
    for (const bad of ['2147483648', '-2147483649', '1.5', 'ten', '', ' 1']) {
      expect(checks({ taskPriority: bad })).toEqual(['StartWorkflowExecution:taskPriority.int32']);
    }
  });

  it('wants timeouts as seconds, NONE only for the task timeout, at most a year for the execution', () => {
    expect(checks({ executionStartToCloseTimeout: '31536000', taskStartToCloseTimeout: 'NONE' })).toEqual([]);
    expect(checks({ executionStartToCloseTimeout: 'NONE' })).toEqual([
      'StartWorkflowExecution:executionStartToCloseTimeout.none',
    ]);
    expect(checks({ executionStartToCloseTimeout: '31536001' })).toEqual([
      'StartWorkflowExecution:executionStartToCloseTimeout.range',
    ]);
    expect(checks({ executionStartToCloseTimeout: '-1' })).toEqual([
      'StartWorkflowExecution:executionStartToCloseTimeout.format',
    ]);
    expect(checks({ taskStartToCloseTimeout: '1e3' })).toEqual([
      'StartWorkflowExecution:taskStartToCloseTimeout.format',
    ]);
  });

  it('applies the name rule and whitespace rule to RegisterDomain', () => {
    const found = checkDocumentedRules('RegisterDomain', { name: ' d', workflowExecutionRetentionPeriodInDays: '91' });
    expect(found.map((v) => v.check)).toEqual([
      'RegisterDomain:name.whitespace',
      'RegisterDomain:workflowExecutionRetentionPeriodInDays.range',
    ]);
  });
});
