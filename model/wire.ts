/**
 * A request sent as raw HTTP instead of through the SDK's serializer: the body bytes, the headers that differ from
 * what the SDK sends, and how it is signed. Plain data, so a report holds it and the oracle reads it.
 */
export interface WireForm {
  body: WireBody;
  /** Headers that differ from the SDK's: a string sets the header, null leaves it out. */
  headers?: { 'x-amz-target'?: string | null; 'content-type'?: string | null };
  /** sigv4: signed properly; none: no Authorization header; bad: an Authorization header whose signature cannot match. */
  signing: 'sigv4' | 'none' | 'bad';
}

/** How the body's bytes are made (model/render-wire-body.ts); kept small, so a 1 MB body is not stored in reports. */
export type WireBody =
  | {
      kind: 'json';
      value: unknown;
      /** Writes `key` twice: first with `first`, then (later in the object) with the value's own. */
      duplicate?: { key: string; first: unknown };
      /** Spaces appended after the JSON: still well-formed, only bigger. */
      padding?: number;
    }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; base64: string };

/** The headers the SDK sends for StartWorkflowExecution, which a WireForm's headers change. */
export const SDK_WIRE_HEADERS = {
  'x-amz-target': 'SimpleWorkflowService.StartWorkflowExecution',
  'content-type': 'application/x-amz-json-1.0',
} as const;
