import fc from 'fast-check';
import { validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields valid requests padded with whitespace past the spec's body limit: well-formed JSON, only too big. */
export const wireRequestOversized: RuleGenerator = (rule, c, world) =>
  fc.tuple(validWireRequest(rule, c, world), fc.integer({ min: 1, max: 64 * 1024 })).map(([request, over]) => {
    const size = Buffer.byteLength(JSON.stringify(request), 'utf8');
    return wireCase(
      rule,
      request,
      { kind: 'json', value: request, padding: rule.check.max! - size + over },
      { overBy: over > 1024 ? 'over 1 KiB' : 'up to 1 KiB' },
    );
  });
