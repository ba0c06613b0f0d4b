import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { Observation } from '../model/observation.ts';
import { checkAnswerForm } from './check-answer-form.ts';

const spec = loadSpec();
const RUN_ID = '22Pij42qQYS4zptpD4JBqrvr24zGnPxT9rTOkGXVcZVhA=';
const success = (contentType?: string): Observation => ({
  ok: true,
  status: 200,
  runId: RUN_ID,
  answer: { contentType, body: 'json-object' },
});
const refusal = (contentType?: string): Observation => ({
  ok: false,
  status: 400,
  code: 'UnknownResourceFault',
  answer: { contentType, body: 'json-object' },
});
const faultsOf = (o: Observation) => checkAnswerForm(spec, o).faults.map((f) => f.rule);

describe('the answer form', () => {
  it('takes either JSON Content-Type the real service answered (§1: x-amz-json-1.0 to SDKs; §7: application/json to boto2), success or error', () => {
    for (const type of ['application/x-amz-json-1.0', 'application/json', 'application/json; charset=UTF-8']) {
      expect(faultsOf(success(type))).toEqual([]);
      expect(faultsOf(refusal(type))).toEqual([]);
    }
  });
  it('faults another Content-Type or none', () => {
    for (const type of ['text/html; charset=utf-8', undefined]) {
      expect(faultsOf(success(type))).toEqual(['answer.contentType']);
      expect(faultsOf(refusal(type))).toEqual(['answer.contentType']);
    }
  });
});
