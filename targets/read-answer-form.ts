import type { AnswerForm } from '../model/observation.ts';

/** A body read once: what form it has, and the object it holds when it is one JSON object. */
export interface ReadBody {
  form: AnswerForm['body'];
  json?: Record<string, unknown>;
}

/** Reads a body's form (and its object, for whoever needs its members), parsing it once. */
export function readBody(text: string): ReadBody {
  if (text.trim() === '') return { form: 'empty' };
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? { form: 'json-object', json: parsed as Record<string, unknown> }
      : { form: 'other-json' };
  } catch {
    return { form: 'not-json' };
  }
}

/** The form of an answer's body and its Content-Type, for the answer-format rules; says nothing of the content. */
export function readAnswerForm(contentType: string | string[] | undefined, body: ReadBody | string): AnswerForm {
  const type = Array.isArray(contentType) ? contentType[0] : contentType;
  return {
    ...(type !== undefined ? { contentType: type } : {}),
    body: (typeof body === 'string' ? readBody(body) : body).form,
  };
}
