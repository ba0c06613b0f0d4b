import { describe, expect, it } from 'vitest';
import type { WireBody, WireForm } from '../../model/wire.ts';
import { renderWireBody } from '../../model/render-wire-body.ts';
import { readWire, textOfBody } from './read-wire.ts';

const form = (body: WireBody): WireForm => ({ body, signing: 'sigv4' });
const request = { domain: 'd', workflowId: 'w', input: 'é中😀'.repeat(50), tagList: ['a', 'b'] };

describe('readWire', () => {
  it.each<[string, WireBody]>([
    ['a JSON body', { kind: 'json', value: request }],
    ['a duplicated key', { kind: 'json', value: request, duplicate: { key: 'workflowId', first: 'other' } }],
    ['padding', { kind: 'json', value: request, padding: 1000 }],
    ['a text body with a BOM', { kind: 'text', text: '\uFEFF{"domain":"d"}' }],
    ['a malformed text', { kind: 'text', text: '{"domain":' }],
    ['a text with a surrogate pair', { kind: 'text', text: '{"input":"😀"}' }],
    // JSON.stringify escapes a lone surrogate: the text is ASCII.
    ['a lone surrogate in JSON', { kind: 'json', value: { input: 'a\uD800b' } }],
  ])('takes the text of %s without decoding, the very text its rendered bytes decode to', (_, body) => {
    const bytes = renderWireBody(body);
    const padding = body.kind === 'json' ? ' '.repeat(body.padding ?? 0) : '';
    expect(Buffer.from(textOfBody(body)! + padding, 'utf8').equals(bytes)).toBe(true);
    expect(readWire(form(body)).size).toBe(bytes.length);
  });

  it('decodes the bytes where only they can say: raw bytes, and text with surrogates', () => {
    const invalid: WireBody = { kind: 'bytes', base64: Buffer.from([0x7b, 0xff, 0x7d]).toString('base64') };
    expect(textOfBody(invalid)).toBeUndefined();
    expect(readWire(form(invalid))).toMatchObject({ size: 3, parsed: false });
    expect(readWire(form(invalid)).text).toBeUndefined();
    // A lone surrogate in a text is sent as U+FFFD; a pair as its code point.
    const lone: WireBody = { kind: 'text', text: '{"input":"a\uD800b"}' };
    expect(textOfBody(lone)).toBeUndefined();
    expect(readWire(form(lone))).toMatchObject({ parsed: true, json: { input: 'a\uFFFDb' } });
    const pair: WireBody = { kind: 'text', text: '{"input":"😀"}' };
    expect(readWire(form(pair))).toMatchObject({ size: 16, parsed: true, json: { input: '😀' } });
  });
});
