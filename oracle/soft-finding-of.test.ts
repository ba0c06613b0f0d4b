import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { expectRejection } from './expect-rejection.ts';
import { softFindingOf } from './soft-finding-of.ts';

const spec = loadSpec();
const broken = (...ids: string[]) => expectRejection(ids.map((id) => spec.rules.find((r) => r.id === id)!));
const replay = { rule: 'domain.maxLength', seed: 7, path: '3', runTag: 'swfc-7', target: 'mock' };
const request = { domain: 'd'.repeat(300) };
const refused = { ok: false as const, status: 400, code: 'UnknownResourceFault', message: 'Unknown domain' };

describe('softFindingOf', () => {
  it("files the finding under the case's rule with its request, answer and replay", () => {
    expect(
      softFindingOf(spec, 'domain.maxLength', 'request', request, broken('domain.maxLength'), refused, replay),
    ).toEqual({
      rule: 'domain.maxLength',
      call: 'request',
      request,
      likelyCodes: ['ValidationException'],
      observed: { status: 400, code: 'UnknownResourceFault', message: 'Unknown domain' },
      replay,
    });
  });

  it("names the broken rules when they are more than the case's own (validation order)", () => {
    const found = softFindingOf(
      spec,
      'order.twoMemberRules',
      'request',
      request,
      broken('domain.maxLength', 'workflowId.maxLength'),
      refused,
      replay,
    );
    expect(found).toMatchObject({ rule: 'order.twoMemberRules', broken: ['domain.maxLength', 'workflowId.maxLength'] });
    expect(
      softFindingOf(
        spec,
        'domain.maxLength',
        'request',
        request,
        broken('domain.maxLength'),
        { ...refused, code: 'ValidationException' },
        replay,
      ),
    ).toBeUndefined();
  });
});
