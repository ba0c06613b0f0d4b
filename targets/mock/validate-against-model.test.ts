import { describe, expect, it } from 'vitest';
import { loadServiceModel } from './service-model.ts';
import { validateAgainstModel } from './validate-against-model.ts';
import { validationFault } from './violation.ts';

const model = loadServiceModel();
const valid = { domain: 'd', workflowId: 'w', workflowType: { name: 'n', version: '1' } };
const check = (input: object, skip?: Set<string>) => validateAgainstModel(model, 'StartWorkflowExecution', input, skip);

describe('validateAgainstModel', () => {
  it('accepts a minimal valid StartWorkflowExecution input', () => {
    expect(check(valid)).toEqual([]);
  });

  it('reports missing required members, top level and nested, in Coral words', () => {
    const found = check({ workflowId: 'w', workflowType: { name: 'n' }, taskList: {} });
    expect(found.map((v) => v.check)).toEqual([
      'StartWorkflowExecution:domain.required',
      'StartWorkflowExecution:workflowType.version.required',
      'StartWorkflowExecution:taskList.name.required',
    ]);
    expect(validationFault(found).detail).toBe(
      "3 validation errors detected: Value null at 'domain' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'workflowType.version' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'taskList.name' failed to satisfy constraint: Member must not be null",
    );
  });

  it('counts lengths in code points, so 256 astral characters fit and 257 do not', () => {
    expect(check({ ...valid, workflowId: '𝄞'.repeat(256) })).toEqual([]);
    const [v] = check({ ...valid, workflowId: '𝄞'.repeat(257) });
    expect(v.check).toBe('StartWorkflowExecution:workflowId.max');
    expect(validationFault([v]).detail).toBe(
      `1 validation error detected: Value '${'𝄞'.repeat(257)}' at 'workflowId' ` +
        'failed to satisfy constraint: Member must have length less than or equal to 256',
    );
  });

  it('checks min length, list size, list items with 1-based paths, and enums', () => {
    const found = check({
      ...valid,
      domain: '',
      tagList: ['a', 'b', 'c', 'd', 'e', 'x'.repeat(257)],
      childPolicy: 'BOGUS',
    });
    expect(found.map((v) => [v.check, v.path])).toEqual([
      ['StartWorkflowExecution:domain.min', 'domain'],
      ['StartWorkflowExecution:tagList.max', 'tagList'],
      ['StartWorkflowExecution:tagList.member.max', 'tagList.6.member'],
      ['StartWorkflowExecution:childPolicy.enum', 'childPolicy'],
    ]);
    expect(found[3].constraint).toBe('Member must satisfy enum value set: [TERMINATE, REQUEST_CANCEL, ABANDON]');
  });

  it('checks the input limit of 32768 characters', () => {
    expect(check({ ...valid, input: 'x'.repeat(32768) })).toEqual([]);
    expect(check({ ...valid, input: 'x'.repeat(32769) }).map((v) => v.check)).toEqual([
      'StartWorkflowExecution:input.max',
    ]);
  });

  it('checks integer ranges of other operations', () => {
    const found = validateAgainstModel(model, 'GetWorkflowExecutionHistory', {
      domain: 'd',
      execution: { workflowId: 'w', runId: 'r' },
      maximumPageSize: 1001,
    });
    expect(found.map((v) => [v.check, v.constraint])).toEqual([
      ['GetWorkflowExecutionHistory:maximumPageSize.max', 'Member must have value less than or equal to 1000'],
    ]);
  });

  it('skips the checks it is told to skip, and only those', () => {
    const input = { ...valid, taskList: {}, tagList: ['1', '2', '3', '4', '5', '6'] };
    expect(check(input, new Set(['StartWorkflowExecution:taskList.name.required'])).map((v) => v.check)).toEqual([
      'StartWorkflowExecution:tagList.max',
    ]);
  });
});
