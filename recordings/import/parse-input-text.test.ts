import { describe, expect, it } from 'vitest';
import { parseInputText } from './parse-input-text.ts';

describe('parseInputText', () => {
  it('reads JSON first and YAML else', () => {
    expect(parseInputText('f', '{"a": [1]}')).toEqual({ a: [1] });
    expect(parseInputText('f', 'a:\n- 1\n')).toEqual({ a: [1] });
  });

  it('reads the Python tags of vcrpy cassettes: unicode and str as text, !!binary and codecs.encode as bytes', () => {
    const data = parseInputText(
      'f',
      [
        "a: !!python/unicode 'caf\u00e9'",
        "b: !!python/str 'x'",
        'c: !!binary aGVsbG8=',
        'd: !!python/object/apply:codecs.encode',
        '- "h\\xE9"',
        '- latin1',
        '',
      ].join('\n'),
    ) as Record<string, unknown>;
    expect(data.a).toBe('caf\u00e9');
    expect(data.b).toBe('x');
    expect(Buffer.from(data.c as Uint8Array).toString()).toBe('hello');
    expect([...(data.d as Uint8Array)]).toEqual([0x68, 0xe9]);
  });

  it('refuses an unknown tag and bad YAML in one line naming the file', () => {
    expect(() => parseInputText('odd.yaml', 'a: !!python/tuple [1]\n')).toThrow(
      /^odd\.yaml: neither JSON nor a YAML cassette: unsupported YAML tag tag:yaml\.org,2002:python\/tuple \(line 1\)$/,
    );
    expect(() => parseInputText('bad.yaml', 'a: [1\nb: }\n')).toThrow(
      /^bad\.yaml: neither JSON nor a YAML cassette: [^\n]+$/,
    );
  });
});
