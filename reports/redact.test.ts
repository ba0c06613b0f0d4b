import { describe, expect, it } from 'vitest';
import { makeRedactor, redactDeep } from './redact.ts';

describe('redaction', () => {
  const redact = makeRedactor(['mock-secret-value']);

  it('masks known secret values wherever they appear', () => {
    expect(redactDeep({ a: ['x mock-secret-value y'] }, redact)).toEqual({ a: ['x [REDACTED] y'] });
  });

  it('masks access key ids, signatures, credentials and session tokens', () => {
    const line =
      'AKIAABCDEFGHIJKLMNOP Credential=AKIDX/2026/us-east-1/swf Signature=0123456789abcdef0123 X-Amz-Security-Token=FQoG//abc';
    const out = redact(line);
    expect(out).not.toMatch(/AKIAABCDEFGHIJKLMNOP|AKIDX|0123456789abcdef0123|FQoG/);
    expect(out).toContain('Signature=[REDACTED]');
  });

  it('leaves ordinary text alone', () => {
    expect(redact('UnknownResourceFault: Unknown domain: swfc-1-main')).toBe(
      'UnknownResourceFault: Unknown domain: swfc-1-main',
    );
  });
});
