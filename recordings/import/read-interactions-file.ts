import { checkInteractions } from '../check-interactions.ts';
import { INTERACTIONS_FORMAT, type InteractionRecording, type InteractionSource } from '../interaction-recording.ts';
import type { ImportedFile } from './imported-file.ts';

/** Whether parsed data is an already-imported recording. */
export const isInteractionsFile = (data: unknown): boolean =>
  (data as { format?: unknown })?.format === INTERACTIONS_FORMAT;

/**
 * An already-imported recording, to be merged: its sources are listed again from `firstSource` on (ids renumbered
 * to match), and its placeholders scoped to this file, so that another file's `<taskToken:1>` or `<runId:1.1>` stays
 * another token or run once the merged recording is numbered again.
 */
export function readInteractionsFile(
  data: unknown,
  file: string,
  fileIndex: number,
  firstSource: number,
): ImportedFile {
  const raw = checkInteractions(data, file);
  const text = JSON.stringify(raw.interactions)
    .replace(/<taskToken:(\d+)>/g, `<taskToken:f${fileIndex}.$1>`)
    .replace(/<runId:([^<>]+)\.(\d+)>/g, `<runId:f${fileIndex}/$1.$2>`);
  const interactions = (JSON.parse(text) as InteractionRecording['interactions']).map((i) => {
    const [source, entry] = i.id.split(':');
    return { ...i, id: `${firstSource + Number(source)}:${entry}` };
  });
  const sources: InteractionSource[] = raw.sources.map((s) => ({ ...s }));
  return {
    kind: 'swf-conformance-interactions',
    interactions,
    skipped: sources.reduce((n, s) => n + (s.skipped ?? 0), 0),
    notes: [],
    sources,
  };
}
