// What suites that start the CLI in a child process look at: the lines it streamed, and whether a process has ended.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lines a run streamed, parsed: results.jsonl.partial while it runs, results.jsonl once its report is written. */
export const streamedLines = (out: string): Array<{ rule: string; path: string; divergences: unknown[] }> =>
  ['results.jsonl', 'results.jsonl.partial']
    .map((f) => join(out, f))
    .filter((f) => existsSync(f))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    );

/** Whether a process has ended; a killed orphan nobody reaps (as in containers) stays a zombie, which counts as ended. */
export function isGone(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
