import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunHooks } from '../runner/run-hooks';
import { redactDeep } from './redact';

// Past this many characters a request is left out of its line: the case's replay (rule, seed, path) regenerates it.
const MAX_REQUEST_CHARS = 4096;

/** A divergence with its request left out when that is large (32 KB inputs, 1 MB wire bodies), so the file stays small. */
function compactRequest<T extends { request: unknown; wire?: unknown }>(d: T): T | Omit<T, 'request' | 'wire'> & { requestOmitted: string } {
  const size = JSON.stringify(d.request).length + JSON.stringify(d.wire ?? null).length;
  if (size <= MAX_REQUEST_CHARS) return d;
  const { request: _request, wire: _wire, ...rest } = d;
  return { ...rest, requestOmitted: `${size} characters; its replay (rule, seed, path) regenerates it` };
}

/**
 * Streams every case's result to DIR/results.jsonl as it arrives (one JSON line: rule, path, divergences, large requests left out), so a run
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
        appendFileSync(file, JSON.stringify(redactDeep({ rule: rule.id, path: String(index), divergences: divergences.map(compactRequest) }, redact)) + '\n');
      },
    },
  };
}
