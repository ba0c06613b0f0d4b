import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { Spec } from '../../spec/spec-types.ts';
import { RecordingError, loadRecording } from '../load-recording.ts';
import { READABLE_FORMATS } from '../recording.ts';
import { INTERACTIONS_FORMAT, type InteractionRecording, type InteractionSource } from '../interaction-recording.ts';
import type { HttpExchange } from './http-exchange.ts';
import type { ImportedFile } from './imported-file.ts';
import { parseInputText } from './parse-input-text.ts';
import { exchangeToInteraction } from './exchange-to-interaction.ts';
import { isVcrCassette, readVcrCassette } from './read-vcr-cassette.ts';
import { isHar, readHar } from './read-har.ts';
import { readOwnRecording } from './read-own-recording.ts';
import { isInteractionsFile, readInteractionsFile } from './read-interactions-file.ts';
import { renumberRunIds } from './renumber-run-ids.ts';
import { stripSecrets } from './strip-secrets.ts';

export interface ImportOptions {
  /** The spec that regenerates the cases of harness recordings (their preparation steps, clipped strings). */
  spec: () => Spec;
  /** Secret values to mask besides credential-shaped strings (the CLI's environment credentials). */
  secrets?: Array<string | undefined>;
  /** Where names of files are made relative to (default: the working folder). */
  cwd?: string;
}

/** Per input file, for the summary. */
export interface FileSummary {
  file: string;
  kind: ImportedFile['kind'];
  interactions: number;
  skipped: number;
  notes: string[];
}

/** The file's name as the recording keeps it: relative to the working folder, or its base name from outside it. */
function nameOf(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return rel.startsWith('..') || isAbsolute(rel) ? basename(file) : rel;
}

/** The SWF interactions of a cassette's or HAR file's exchanges; the rest counted as skipped. */
function fromExchanges(
  kind: 'vcr-yaml' | 'har',
  exchanges: Array<HttpExchange | undefined>,
  sourceIndex: number,
): ImportedFile {
  const out: ImportedFile = { kind, interactions: [], skipped: 0, notes: [] };
  exchanges.forEach((exchange, entry) => {
    const interaction = exchange && exchangeToInteraction(exchange, `${sourceIndex}:${entry}`);
    if (interaction) out.interactions.push(interaction);
    else out.skipped++;
  });
  return out;
}

/** Reads one file of whichever kind it is. */
function readOne(path: string, fileIndex: number, sourceIndex: number, options: ImportOptions): ImportedFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RecordingError(`${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const data = parseInputText(path, text);
  if (isInteractionsFile(data)) return readInteractionsFile(data, path, fileIndex, sourceIndex);
  if (READABLE_FORMATS.includes((data as { format?: string })?.format ?? ''))
    return readOwnRecording(loadRecording(path), options.spec(), sourceIndex);
  if (isHar(data)) return fromExchanges('har', readHar(data, path), sourceIndex);
  if (isVcrCassette(data)) return fromExchanges('vcr-yaml', readVcrCassette(data, path), sourceIndex);
  throw new RecordingError(
    `${path}: not a vcrpy cassette, a HAR file, a swf-conformance recording or a ${INTERACTIONS_FORMAT} file`,
  );
}

/**
 * Imports the files, in the order given, into one recording: SWF calls only, headers other than X-Amz-Target,
 * Content-Type and the time dropped, runIds of harness recordings and task tokens numbered over the whole recording,
 * then every string redacted. A file that yields no SWF interaction is an error: it was probably not meant.
 */
export function importInteractions(
  files: string[],
  options: ImportOptions,
): { recording: InteractionRecording; summaries: FileSummary[] } {
  const cwd = options.cwd ?? process.cwd();
  const sources: InteractionSource[] = [];
  const summaries: FileSummary[] = [];
  const all: InteractionRecording['interactions'] = [];
  files.forEach((path, fileIndex) => {
    const got = readOne(path, fileIndex, sources.length, options);
    if (!got.interactions.length)
      throw new RecordingError(`${path}: no SWF interaction in it (${got.skipped} entries skipped)`);
    const file = nameOf(path, cwd);
    sources.push(
      ...(got.sources ?? [
        {
          file,
          kind: got.kind as InteractionSource['kind'],
          interactions: got.interactions.length,
          skipped: got.skipped,
        },
      ]),
    );
    summaries.push({
      file,
      kind: got.kind,
      interactions: got.interactions.length,
      skipped: got.skipped,
      notes: got.notes,
    });
    all.push(...got.interactions);
  });
  const interactions = stripSecrets(renumberRunIds(all), options.secrets);
  return { recording: { format: INTERACTIONS_FORMAT, sources, interactions }, summaries };
}
