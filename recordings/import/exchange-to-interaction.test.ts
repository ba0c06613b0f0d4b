import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { exchangeToInteraction, isoTime, recordedBody } from './exchange-to-interaction.ts';
import type { HttpExchange } from './http-exchange.ts';

const exchange = (headers: Record<string, string>, body?: string | Uint8Array): HttpExchange => ({
  request: { headers, body },
  response: {
    status: 400,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'r' },
    body: '{"__type":"x#Fault"}',
  },
});

describe('exchangeToInteraction', () => {
  it('takes the operation after the last dot of either target form, and keeps only target, Content-Type and time', () => {
    const long = exchangeToInteraction(
      exchange(
        {
          'x-amz-target': 'com.amazonaws.swf.service.model.SimpleWorkflowService.StartWorkflowExecution',
          'content-type': 'application/json; charset=UTF-8',
          'x-amz-date': '20160824T003115Z',
          authorization: 'AWS4 Signature=abc',
        },
        '{"domain":"d"}',
      ),
      '0:3',
    );
    expect(long).toEqual({
      id: '0:3',
      operation: 'StartWorkflowExecution',
      request: {
        target: 'com.amazonaws.swf.service.model.SimpleWorkflowService.StartWorkflowExecution',
        contentType: 'application/json; charset=UTF-8',
        sentAt: '2016-08-24T00:31:15.000Z',
        body: { json: { domain: 'd' } },
      },
      response: { status: 400, contentType: 'application/json', body: { json: { __type: 'x#Fault' } } },
    });
    expect(
      exchangeToInteraction(exchange({ 'x-amz-target': 'SimpleWorkflowService.PollForDecisionTask' }), '1:0')
        ?.operation,
    ).toBe('PollForDecisionTask');
  });

  it('is undefined for calls that are not SWF', () => {
    expect(exchangeToInteraction(exchange({}), '0:0')).toBeUndefined();
    expect(exchangeToInteraction(exchange({ 'x-amz-target': 'DynamoDB_20120810.GetItem' }), '0:0')).toBeUndefined();
  });

  it('reads bodies as JSON, else text, bytes as UTF-8, nothing as {}', () => {
    expect(recordedBody(Buffer.from('{"a":1}'))).toEqual({ json: { a: 1 } });
    expect(recordedBody('not json')).toEqual({ text: 'not json' });
    // Compressed as the Content-Encoding says, and amz-1.0 (what boto2 sends) is no compression.
    expect(recordedBody(gzipSync('{"b":2}'), 'gzip')).toEqual({ json: { b: 2 } });
    expect(recordedBody(Buffer.from('{"c":3}'), 'amz-1.0')).toEqual({ json: { c: 3 } });
    expect(recordedBody(Buffer.from('not gzip'), 'gzip').text).toMatch(
      /8 bytes the Content-Encoding gzip does not decode/,
    );
    expect(recordedBody('')).toEqual({});
    expect(recordedBody(undefined)).toEqual({});
  });

  it('reads X-Amz-Date, HAR times and HTTP dates as ISO', () => {
    expect(isoTime('20230721T134403Z')).toBe('2023-07-21T13:44:03.000Z');
    expect(isoTime('2024-03-05T12:00:00.000Z')).toBe('2024-03-05T12:00:00.000Z');
    expect(isoTime('Fri, 21 Jul 2023 13:44:03 GMT')).toBe('2023-07-21T13:44:03.000Z');
    expect(isoTime('soon')).toBeUndefined();
  });
});
