import { describe, expect, it } from 'vitest';
import { classifyOutcome } from './classify-outcome.ts';
import type { Expected } from '../model/expected.ts';

const success: Expected = { outcome: 'success', effective: { workflowType: { name: 'a', version: '1' }, tagList: [] } };
const strict: Expected = {
  outcome: 'reject',
  rules: ['defaults.taskList.undefined'],
  codes: ['DefaultUndefinedFault'],
  anyClientError: false,
  likelyCodes: [],
};
const loose: Expected = {
  outcome: 'reject',
  rules: ['tagList.maxItems'],
  codes: [],
  anyClientError: true,
  likelyCodes: ['ValidationException'],
};

describe('classifyOutcome', () => {
  it('names each divergence kind', () => {
    expect(classifyOutcome(success, { ok: false, status: 400, code: 'ValidationException' })).toBe('rejected-valid');
    expect(classifyOutcome(strict, { ok: true, status: 200, runId: 'r' })).toBe('accepted-invalid');
    expect(classifyOutcome(strict, { ok: false, status: 400, code: 'ValidationException' })).toBe('wrong-error');
    expect(classifyOutcome(loose, { ok: false, status: 500, code: 'InternalFailure' })).toBe('server-error');
    expect(classifyOutcome(success, { ok: false, code: 'ECONNRESET' })).toBe('server-error');
  });

  it('agrees when the contract holds', () => {
    expect(classifyOutcome(success, { ok: true, status: 200, runId: 'r' })).toBeUndefined();
    expect(classifyOutcome(strict, { ok: false, status: 400, code: 'DefaultUndefinedFault' })).toBeUndefined();
  });

  it('accepts any client error where the evidence does not establish the code', () => {
    expect(classifyOutcome(loose, { ok: false, status: 400, code: 'SomethingElse' })).toBeUndefined();
    expect(classifyOutcome(loose, { ok: false, status: 404, code: 'NotFound' })).toBeUndefined();
  });

  it('holds an open outcome with codes to them when refused: accepted or OperationNotPermittedFault, nothing else', () => {
    const open: Expected = {
      outcome: 'either',
      rules: ['access.taskList.name'],
      codes: ['OperationNotPermittedFault'],
    };
    expect(classifyOutcome(open, { ok: true, status: 200, runId: 'r' })).toBeUndefined();
    expect(classifyOutcome(open, { ok: false, status: 400, code: 'OperationNotPermittedFault' })).toBeUndefined();
    expect(classifyOutcome(open, { ok: false, status: 400, code: 'AccessDeniedException' })).toBe('wrong-error');
    expect(
      classifyOutcome({ outcome: 'either', rules: ['x'] }, { ok: false, status: 400, code: 'Anything' }),
    ).toBeUndefined();
  });
});
