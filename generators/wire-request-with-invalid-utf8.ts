import fc from 'fast-check';
import { validWireRequest, wireCase } from './wire-case.ts';
import type { RuleGenerator } from './rule-generator.ts';

// Byte sequences no UTF-8 decoder may accept, by the way each breaks the encoding.
const BAD_BYTES: Record<string, number[]> = {
  'invalid byte': [0xff],
  'lone continuation': [0x80],
  'truncated sequence': [0xe2, 0x82],
  overlong: [0xc0, 0xaf],
  surrogate: [0xed, 0xa0, 0x80],
  'beyond U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
};

/** Yields valid requests whose JSON carries bytes that are not UTF-8, inside the workflowId or input string. */
export const wireRequestWithInvalidUtf8: RuleGenerator = (rule, c, world) =>
  fc
    .tuple(
      validWireRequest(rule, c, world),
      fc.constantFrom(...Object.keys(BAD_BYTES)),
      fc.constantFrom('workflowId', 'input'),
    )
    .map(([request, sequence, member]) => {
      const json = JSON.stringify({ ...request, [member]: request[member as 'input'] ?? 'swfc' });
      // The bad bytes go right after the member's opening quote, so they sit inside a string either way.
      const at = json.indexOf(`"${member}":"`) + member.length + 4;
      const bytes = Buffer.concat([
        Buffer.from(json.slice(0, at), 'utf8'),
        Buffer.from(BAD_BYTES[sequence]),
        Buffer.from(json.slice(at), 'utf8'),
      ]);
      return wireCase(rule, request, { kind: 'bytes', base64: bytes.toString('base64') }, { sequence, member });
    });
