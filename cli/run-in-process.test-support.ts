import { main } from './main.ts';

/** Runs the CLI in this process, as tests do: its exit code, stdout as one text, and stderr's lines. */
export async function runInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}
