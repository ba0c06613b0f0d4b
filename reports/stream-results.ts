import { appendFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunHooks } from '../runner/run-hooks.ts';
import { redactDeep } from './redact.ts';
import { describeFsError, OutputError } from './write-output.ts';
import { maskRunIds } from './mask-run-ids.ts';

// Past this many characters a request is left out of its line: the case's replay (rule, seed, path) regenerates it.
const MAX_REQUEST_CHARS = 4096;

/** A divergence with its request left out when that is large (32 KB inputs, 1 MB wire bodies), so the file stays small. */
function compactRequest<T extends { request: unknown; wire?: unknown }>(
  d: T,
): T | (Omit<T, 'request' | 'wire'> & { requestOmitted: string }) {
  const size = JSON.stringify(d.request).length + JSON.stringify(d.wire ?? null).length;
  if (size <= MAX_REQUEST_CHARS) return d;
  const { request: _request, wire: _wire, ...rest } = d;
  return { ...rest, requestOmitted: `${size} characters; its replay (rule, seed, path) regenerates it` };
}

export interface ResultStream {
  hooks: RunHooks;
  /** Where the lines go while the run lasts (and stay, if it is killed). */
  partial: string;
  /** How many lines were written. */
  lines(): number;
  /** Moves the lines into DIR/results.jsonl, beside the report the run has just written; returns that path. */
  commit(): string;
}

/**
 * Streams every case's result, one JSON line (rule, path, divergences and any soft findings: large requests left out,
 * runIds masked as in the report, so same-seed runs write the same lines) as it arrives, to DIR/results.jsonl.partial,
 * so that a run that is killed keeps what it found. Written synchronously: a line is on disk before the next case starts. The file is made at the first line and takes the place of an earlier run's
 * results.jsonl only on commit: a run that fails before it has results leaves the earlier run's files as they were.
 */
export function streamResults(dir: string, redact: (text: string) => string): ResultStream {
  const partial = join(dir, 'results.jsonl.partial');
  let written = 0;
  const append = (line: string) => {
    try {
      appendFileSync(partial, line, { flag: written ? 'a' : 'w' });
    } catch (e) {
      throw new OutputError(`cannot write ${partial}: ${describeFsError(e)}`);
    }
    written++;
  };
  return {
    partial,
    lines: () => written,
    hooks: {
      onCaseResult({ rule, index, divergences, softFindings: soft }) {
        // Soft findings only where a case has one: most lines stay as they were.
        const softFindings = soft.length ? { softFindings: soft.map((f) => compactRequest(maskRunIds(f))) } : {};
        append(
          JSON.stringify(
            redactDeep(
              {
                rule: rule.id,
                path: String(index),
                divergences: divergences.map((d) => compactRequest(maskRunIds(d))),
                ...softFindings,
              },
              redact,
            ),
          ) + '\n',
        );
      },
    },
    commit() {
      const file = join(dir, 'results.jsonl');
      // A run with no case at all (every rule skipped) still replaces the earlier results: its report says so.
      if (!existsSync(partial)) writeFileSync(partial, '');
      renameSync(partial, file);
      return file;
    },
  };
}
