// Hand-written raw requests pin the wire oracle: one example per wire rule, and how wire rules meet request rules.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { buildWorld } from '../model/build-world.ts';
import { domainOfRole, typeOfRole } from '../model/world.ts';
import type { WireForm } from '../model/wire.ts';
import { expectWireOutcome } from './expect-wire-outcome.ts';
import { hasDuplicateKeys } from './wire/has-duplicate-keys.ts';

const spec = loadSpec();
const world = buildWorld(spec, 'wire');
const full = typeOfRole(world, 'full');
const valid = {
  domain: domainOfRole(world, 'main').name,
  workflowId: 'w-1',
  workflowType: { name: full.name, version: full.version },
};
const json = (value: unknown, extra: Partial<WireForm> = {}): WireForm => ({
  body: { kind: 'json', value },
  signing: 'sigv4',
  ...extra,
});
const text = (t: string): WireForm => ({ body: { kind: 'text', text: t }, signing: 'sigv4' });
const expectOf = (wire: WireForm) => expectWireOutcome(spec, world, wire);
const rulesOf = (wire: WireForm) => {
  const e = expectOf(wire);
  return e.outcome === 'success' ? (e.allowances ?? []) : e.rules;
};

describe('wire oracle', () => {
  it('accepts the SDK-shaped request, and says which allowance a REAL-accepted variant relies on', () => {
    expect(expectOf(json(valid)).outcome).toBe('success');
    expect(
      rulesOf(
        json(valid, {
          headers: { 'x-amz-target': 'com.amazonaws.swf.service.model.SimpleWorkflowService.StartWorkflowExecution' },
        }),
      ),
    ).toEqual(['wire.header.targetLongForm']);
    expect(rulesOf(json(valid, { headers: { 'content-type': 'application/json; charset=UTF-8' } }))).toEqual([
      'wire.header.contentTypeJson',
    ]);
  });

  it.each([
    ['wire.json.wrongType', json({ ...valid, domain: 5 })],
    ['wire.json.wrongType', json({ ...valid, tagList: 'a' })],
    ['wire.json.wrongType', json({ ...valid, tagList: [1, 2] })],
    ['wire.json.wrongType', text('[]')],
    ['wire.json.requiredOmitted', json({ domain: valid.domain, workflowType: valid.workflowType })],
    ['wire.json.requiredOmitted', json({ ...valid, taskList: {} })],
    ['wire.json.requiredNull', json({ ...valid, workflowId: null })],
    ['wire.json.nullListItem', json({ ...valid, tagList: [null] })],
    ['wire.json.nullListItem', json({ ...valid, tagList: ['a', null] })],
    ['wire.json.unknownMember', json({ ...valid, swfcExtra: 1 })],
    [
      'wire.json.duplicateKey',
      {
        body: { kind: 'json', value: valid, duplicate: { key: 'workflowId', first: 'other' } },
        signing: 'sigv4',
      } as WireForm,
    ],
    ['wire.header.targetMissing', json(valid, { headers: { 'x-amz-target': null } })],
    ['wire.header.targetUnknown', json(valid, { headers: { 'x-amz-target': 'SimpleWorkflowService.Nope' } })],
    ['wire.header.contentTypeOther', json(valid, { headers: { 'content-type': null } })],
    ['wire.header.contentTypeOther', json(valid, { headers: { 'content-type': 'text/plain' } })],
    ['wire.body.malformed', text(JSON.stringify(valid).slice(0, 20))],
    ['wire.body.empty', text('')],
    [
      'wire.body.oversized',
      { body: { kind: 'json', value: valid, padding: 1024 * 1024 }, signing: 'sigv4' } as WireForm,
    ],
    [
      'wire.body.invalidUtf8',
      {
        body: { kind: 'bytes', base64: Buffer.from([0x7b, 0xff, 0x7d]).toString('base64') },
        signing: 'sigv4',
      } as WireForm,
    ],
    ['wire.auth.signatureMissing', json(valid, { signing: 'none' })],
    ['wire.auth.signatureBad', json(valid, { signing: 'bad' })],
  ])('names %s and only it', (rule, wire) => {
    expect(rulesOf(wire)).toEqual([rule]);
  });

  it('demands SerializationException for a malformed body, a client error for an unsigned one, and only no server error for an unknown member', () => {
    expect(expectOf(text('{"domain":'))).toMatchObject({
      outcome: 'reject',
      codes: ['SerializationException'],
      anyClientError: false,
    });
    expect(expectOf(json(valid, { signing: 'none' }))).toMatchObject({
      outcome: 'reject',
      codes: [],
      anyClientError: true,
    });
    expect(expectOf(json({ ...valid, swfcExtra: 1 }))).toEqual({
      outcome: 'either',
      rules: ['wire.json.unknownMember'],
    });
  });

  it('leaves tagList [null] open: refused with any client error or accepted (one REAL 2016 acceptance, swf-facts §7)', () => {
    expect(expectOf(json({ ...valid, tagList: [null] }))).toEqual({
      outcome: 'either',
      rules: ['wire.json.nullListItem'],
    });
    // Only a null item is open: another wrongly typed item beside it is still refused.
    expect(rulesOf(json({ ...valid, tagList: [null, 1] }))).toEqual(['wire.json.wrongType']);
  });

  it('lets a body that gets through the wire rules be judged by the request rules', () => {
    const e = expectOf(json({ ...valid, workflowId: 'a:b' }, { headers: { 'content-type': 'application/json' } }));
    expect(e).toMatchObject({ outcome: 'reject', rules: ['workflowId.forbiddenChars'] });
    // With a tolerated defect as well, the target may refuse for either reason: any client error.
    expect(expectOf(json({ ...valid, workflowId: 'a:b', swfcExtra: 1 }))).toMatchObject({
      outcome: 'reject',
      anyClientError: true,
    });
  });

  it('finds duplicated keys at any depth, and not in strings or arrays', () => {
    expect(hasDuplicateKeys('{"a":1,"b":{"c":1,"c":2}}')).toBe(true);
    expect(hasDuplicateKeys('{"a":"x\\"a\\":","b":["a","a"],"c":{"a":1}}')).toBe(false);
    // An inner value's end is not the top level's: the scan goes on to the second object, and stops at the padding.
    expect(hasDuplicateKeys('[{"a":1},{"a":1,"a":2}]')).toBe(true);
    expect(hasDuplicateKeys('{"a":{"b":1},"b":2}' + ' '.repeat(100))).toBe(false);
  });
});
