import type { InteractionSource, RecordedInteraction } from '../interaction-recording.ts';

/** What one input file gave: its interactions (ids already `<source>:<entry>`), what it skipped, and why. */
export interface ImportedFile {
  kind: InteractionSource['kind'] | 'swf-conformance-interactions';
  interactions: RecordedInteraction[];
  skipped: number;
  /** One line each, for the summary: cases imported with a note, entries skipped and why. */
  notes: string[];
  /** The sources an already-imported file carries, to be listed instead of the file itself. */
  sources?: InteractionSource[];
}
