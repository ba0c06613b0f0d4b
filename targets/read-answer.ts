import type { Observation } from '../model/observation.ts';
import { refusal } from './to-observation.ts';
import { readAnswerForm, readBody } from './read-answer-form.ts';

/** The error code of a JSON-protocol answer: `__type` after its namespace, else X-Amzn-ErrorType, else `code`. */
function codeOf(json: Record<string, unknown> | undefined, errorType: string | undefined, status: number): string {
  const type = json?.__type ?? errorType?.split(':')[0] ?? json?.code ?? json?.Code;
  return typeof type === 'string' && type !== '' ? type.split('#').pop()! : `HTTP${status}`;
}

/** Turns a raw HTTP answer into an observation, as the SDK would: a runId on 2xx, a code and message otherwise. */
export function readAnswer(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  text: string,
): Observation {
  // Not JSON (an HTML error page, an empty body): the status says what there is to say.
  const body = readBody(text);
  const json = body.json;
  const answer = readAnswerForm(headers['content-type'], body);
  if (status >= 200 && status < 300) {
    return typeof json?.runId === 'string'
      ? { ok: true, status, runId: json.runId, answer }
      : { ok: true, status, answer };
  }
  const errorType = headers['x-amzn-errortype'];
  const code = codeOf(json, Array.isArray(errorType) ? errorType[0] : errorType, status);
  const raw = json?.message ?? json?.Message;
  const message = typeof raw === 'string' ? raw.split('\n')[0].slice(0, 500) : undefined;
  return { ...refusal(status, code, message), answer };
}
