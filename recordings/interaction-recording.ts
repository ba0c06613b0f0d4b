// An imported recording: SWF calls as some client made them (a VCR cassette, a HAR file, the harness's own
// recording), in the order they were made, which `parity` replays against a target and `run --evidence` judges.

export const INTERACTIONS_FORMAT = 'swf-conformance-interactions/1';

/** Where the interactions came from: one entry per imported file. */
export interface InteractionSource {
  /** The file as given to `import` (its base name when it lies outside the working folder). */
  file: string;
  kind: 'vcr-yaml' | 'har' | 'swf-conformance-recording';
  /** How many of its entries were SWF calls (kept), and how many were something else (skipped). */
  interactions: number;
  skipped: number;
}

/** A body as recorded: its JSON value when it parsed as JSON, else its text; both absent for an empty body. */
export interface RecordedBody {
  json?: unknown;
  text?: string;
}

/** One SWF call and its answer. Credentials, signatures and security tokens never appear; task tokens are placeholders. */
export interface RecordedInteraction {
  /** `<source index>:<entry index>`, stable across imports of the same files. */
  id: string;
  /** The operation, e.g. StartWorkflowExecution (from X-Amz-Target, long or short form). */
  operation: string;
  request: {
    /** The X-Amz-Target as sent: `SimpleWorkflowService.X` or the long `com.amazonaws.swf.service.model....X`. */
    target: string;
    contentType?: string;
    /** When the call was made (ISO 8601), where the source says (X-Amz-Date, HAR startedDateTime). */
    sentAt?: string;
    body: RecordedBody;
  };
  response: {
    status: number;
    contentType?: string;
    body: RecordedBody;
  };
  /**
   * Why this interaction may not replay as recorded, when the import knows (a harness case whose long strings stayed
   * clipped, or whose preparation steps could not be regenerated).
   */
  note?: string;
}

/** One normalized recording of SWF interactions, whatever it was imported from. */
export interface InteractionRecording {
  format: typeof INTERACTIONS_FORMAT;
  sources: InteractionSource[];
  interactions: RecordedInteraction[];
}
