import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Divergence } from '../model/divergence.ts';

/** What replay needs of a divergence. */
export type Replayable = Pick<Divergence, 'id' | 'rule' | 'kind' | 'replay'>;

/**
 * Finds a divergence by id in the results.jsonl beside a report: a report lists the first few of each rule and kind,
 * the stream has every case's. Undefined when there is no such file or id.
 */
export function findStreamedDivergence(reportFile: string, id: string): Replayable | undefined {
  const file = join(dirname(reportFile), 'results.jsonl');
  if (!existsSync(file)) return undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes(JSON.stringify(id))) continue;
    const found = (JSON.parse(line) as { divergences?: Replayable[] }).divergences?.find((d) => d.id === id);
    if (found) return found;
  }
  return undefined;
}
