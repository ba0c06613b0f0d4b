import type { RecordedInteraction } from './interaction-recording.ts';
import { asObject } from './as-object.ts';

/** The error type of an answer body (`__type` after its namespace), '' when it names none. */
export const errorTypeOf = (json: unknown): string =>
  String(asObject(json).__type ?? '')
    .split('#')
    .pop() ?? '';

/** The error type of a recorded interaction's answer, '' for a success or an answer that names none. */
export const faultOf = (i: RecordedInteraction): string => errorTypeOf(i.response.body.json);
