import { describe, expect, it } from 'vitest';
import { cellStatus } from './cell-status.ts';
import { fakeDivergence, fakeReport } from './fake-report.ts';

const RULES = [{ id: 'tagList.maxItems' }, { id: 'tagList.member.maxLength' }];

describe('cellStatus', () => {
  it('conforms when the rule ran without divergence or inconclusive case', () => {
    expect(cellStatus(fakeReport('mock', RULES), 'tagList.maxItems')).toEqual({
      status: 'conforms',
      diverging: 0,
      baselined: 0,
      inconclusive: 0,
      kinds: [],
    });
  });

  it('diverges on a divergence blamed on the rule, not on the rule whose case found it', () => {
    const report = fakeReport('mock', RULES, {
      divergences: [fakeDivergence('tagList.maxItems', 'accepted-invalid', {}, 'tagList.member.maxLength')],
    });
    expect(cellStatus(report, 'tagList.maxItems')).toMatchObject({
      status: 'diverges',
      diverging: 1,
      kinds: ['accepted-invalid'],
    });
    expect(cellStatus(report, 'tagList.member.maxLength').status).toBe('conforms');
  });

  it('is baselined only when every divergence of the rule is', () => {
    const one = fakeDivergence('tagList.maxItems', 'accepted-invalid', { baselined: true });
    const two = fakeDivergence('tagList.maxItems', 'wrong-error', { baselined: false });
    expect(cellStatus(fakeReport('moto', RULES, { divergences: [one] }), 'tagList.maxItems')).toMatchObject({
      status: 'baselined',
      baselined: 1,
    });
    expect(cellStatus(fakeReport('moto', RULES, { divergences: [one, two] }), 'tagList.maxItems')).toMatchObject({
      status: 'diverges',
      diverging: 1,
      baselined: 1,
      kinds: ['accepted-invalid', 'wrong-error'],
    });
  });

  it('is not run when the target could not run it, it got no case, or its family was not run', () => {
    const notRun = fakeReport('aws', RULES, { notRun: [{ rule: 'tagList.maxItems', reason: 'one domain only' }] });
    expect(cellStatus(notRun, 'tagList.maxItems').status).toBe('not run');
    expect(cellStatus(fakeReport('mock', [{ id: 'tagList.maxItems', cases: 0 }]), 'tagList.maxItems').status).toBe(
      'not run',
    );
    expect(cellStatus(fakeReport('mock', RULES), 'domain.unknown').status).toBe('not run');
  });

  it('is inconclusive when some cases said nothing and none diverged', () => {
    const report = fakeReport('aws', RULES, {
      inconclusive: [
        { rule: 'tagList.maxItems', path: '0', why: 'throttled' },
        { rule: 'tagList.maxItems', path: '1', why: 'throttled' },
      ],
    });
    expect(cellStatus(report, 'tagList.maxItems')).toMatchObject({ status: 'inconclusive', inconclusive: 2 });
    const diverging = { ...report, divergences: [fakeDivergence('tagList.maxItems', 'server-error')] };
    expect(cellStatus(diverging, 'tagList.maxItems').status).toBe('diverges');
  });
});
