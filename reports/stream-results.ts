import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunHooks } from '../runner/run-hooks';
import { redactDeep } from './redact';

/**
 * Streams every case's result to DIR/results.jsonl as it arrives (one JSON line: rule, path, divergences), so a run
 * that is killed keeps what it found. Written synchronously: a line is on disk before the next case starts.
 */
export function streamResults(dir: string, redact: (text: string) => string): { hooks: RunHooks; file: string } {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'results.jsonl');
  writeFileSync(file, '');
  return {
    file,
    hooks: {
      onCaseDone(rule, index, divergences) {
        appendFileSync(file, JSON.stringify(redactDeep({ rule: rule.id, path: String(index), divergences }, redact)) + '\n');
      },
    },
  };
}
