import { describe, expect, it } from 'vitest';
import { answerContentType } from './answer-content-type.ts';

describe('answerContentType', () => {
  it('is application/json for application/json with or without parameters, JSON 1.0 for anything else or nothing', () => {
    for (const sent of ['application/json', 'application/json; charset=UTF-8', 'Application/JSON;charset=utf-8'])
      expect(answerContentType(sent)).toBe('application/json');
    for (const sent of [null, 'application/x-amz-json-1.0', 'application/jsonx', 'text/plain', ''])
      expect(answerContentType(sent)).toBe('application/x-amz-json-1.0');
  });
});
