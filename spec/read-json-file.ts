import { readFileSync } from 'node:fs';

/**
 * Reads and parses a JSON input of the harness (spec, baseline, recording, report); a missing or unparsable file
 * becomes the given error class with one line naming the file, so the CLI can print it and exit 2.
 */
export function readJsonFile(path: string, label: string, toError: new (message: string) => Error): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new toError(`${label} ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
}
