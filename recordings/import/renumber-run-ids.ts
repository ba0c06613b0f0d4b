import type { RecordedInteraction } from '../interaction-recording.ts';

// What the readers write: `<runId:<scope>.<n>>`, the scope naming one case of one input file.
const SCOPED_RUN_ID = /<runId:([^<>]+)\.(\d+)>/g;

/**
 * Run id placeholders as `<runId:c.n>`: c numbers, over the whole recording, the cases whose runIds were
 * placeholders (in order of first appearance), n the run within its case; real runIds are left as they are.
 */
export function renumberRunIds(interactions: RecordedInteraction[]): RecordedInteraction[] {
  const cases = new Map<string, number>();
  const text = JSON.stringify(interactions).replace(SCOPED_RUN_ID, (_all, scope: string, n: string) => {
    if (!cases.has(scope)) cases.set(scope, cases.size + 1);
    return `<runId:${cases.get(scope)}.${n}>`;
  });
  return JSON.parse(text) as RecordedInteraction[];
}
