import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import type { Observation } from '../model/observation.ts';
import { expectRejection } from './expect-rejection.ts';
import { findSoftDifference } from './find-soft-difference.ts';
import type { Expected } from '../model/expected.ts';

const spec = loadSpec();
const broken = (...ids: string[]) => expectRejection(ids.map((id) => spec.rules.find((r) => r.id === id)!));
const refused = (code: string, status = 400, message?: string): Observation => ({
  ok: false,
  status,
  code,
  ...(message ? { message } : {}),
});

describe('findSoftDifference', () => {
  it('finds a client error other than the likely code: UnknownResourceFault for a 300-character domain', () => {
    expect(
      findSoftDifference(spec, broken('domain.maxLength'), refused('UnknownResourceFault', 400, 'Unknown domain: ddd')),
    ).toEqual({
      likelyCodes: ['ValidationException'],
      status: 400,
      code: 'UnknownResourceFault',
      message: 'Unknown domain: ddd',
    });
    expect(findSoftDifference(spec, broken('tagList.maxItems'), refused('LimitExceededFault', 409))).toMatchObject({
      status: 409,
      code: 'LimitExceededFault',
    });
  });

  it('finds nothing when the likely code came, or when the contract holds anything else to the likely code', () => {
    expect(findSoftDifference(spec, broken('domain.maxLength'), refused('ValidationException'))).toBeUndefined();
    // Exact codes make a wrong code a divergence (wrong-error), not a soft finding.
    expect(findSoftDifference(spec, broken('domain.unknown'), refused('ValidationException'))).toBeUndefined();
    // No likely code: any client error is as likely as another.
    expect(findSoftDifference(spec, broken('domain.forbiddenChars'), refused('UnknownResourceFault'))).toBeUndefined();
  });

  it('finds nothing for an answer that is not a client error, or says nothing', () => {
    const expected = broken('domain.maxLength');
    expect(findSoftDifference(spec, expected, { ok: true, status: 200, runId: 'r' })).toBeUndefined();
    expect(findSoftDifference(spec, expected, refused('InternalFailure', 500))).toBeUndefined();
    expect(findSoftDifference(spec, expected, { ok: false, code: 'ECONNRESET' })).toBeUndefined();
    expect(
      findSoftDifference(spec, expected, {
        ok: false,
        status: 400,
        code: 'ThrottlingException',
        inconclusive: 'throttled',
      }),
    ).toBeUndefined();
    const success: Expected = {
      outcome: 'success',
      effective: { workflowType: { name: 'a', version: '1' }, tagList: [] },
    };
    expect(findSoftDifference(spec, success, refused('UnknownResourceFault'))).toBeUndefined();
  });

  it('counts the codes of every broken rule as likely when a request breaks several (validation order)', () => {
    const two = broken('domain.unknown', 'workflowId.maxLength');
    expect(findSoftDifference(spec, two, refused('UnknownResourceFault'))).toBeUndefined();
    expect(findSoftDifference(spec, two, refused('ValidationException'))).toBeUndefined();
    expect(findSoftDifference(spec, two, refused('TypeDeprecatedFault'))?.likelyCodes.sort()).toEqual([
      'UnknownResourceFault',
      'ValidationException',
    ]);
    // A broken rule with no likely code (or one that only forbids server errors) leaves every code open.
    expect(
      findSoftDifference(
        spec,
        broken('domain.maxLength', 'workflowId.forbiddenChars'),
        refused('UnknownResourceFault'),
      ),
    ).toBeUndefined();
    expect(
      findSoftDifference(
        spec,
        broken('wire.json.requiredNull', 'wire.json.unknownMember'),
        refused('SerializationException'),
      ),
    ).toBeUndefined();
  });

  it("names the wire rules' likely codes too", () => {
    expect(
      findSoftDifference(spec, broken('wire.auth.signatureBad'), refused('UnrecognizedClientException', 403)),
    ).toEqual({ likelyCodes: ['InvalidSignatureException'], status: 403, code: 'UnrecognizedClientException' });
  });
});
