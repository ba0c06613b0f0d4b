import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
// Named, so that the compiled .d.ts can state it (node:util does not export its result type).
type ParsedOptions<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; strict: true; allowPositionals: boolean; options: T }>
>;

/**
 * `--seed -5` as `--seed=-5`: node's parser would read a value that starts with a dash as an option of its own
 * ("ambiguous"); a negative number after an option is always that option's value.
 */
export function joinNegativeValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (const arg of argv) {
    const last = joined.at(-1);
    if (last?.startsWith('--') && !last.includes('=') && /^-\d/.test(arg)) joined[joined.length - 1] = `${last}=${arg}`;
    else joined.push(arg);
  }
  return joined;
}

/** Strict option parsing for a command; anything it does not accept is a one-line UsageError. */
export function parseOptions<T extends Options>(
  argv: string[],
  options: T,
  allowPositionals = false,
): ParsedOptions<T> {
  try {
    return parseArgs({ args: joinNegativeValues(argv), strict: true, allowPositionals, options });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}
