import type { AnswerForm } from '../model/observation';

/** The form of an answer's body and its Content-Type, for the answer-format rules; says nothing of the content. */
export function readAnswerForm(contentType: string | string[] | undefined, text: string): AnswerForm {
  const type = Array.isArray(contentType) ? contentType[0] : contentType;
  return { ...(type !== undefined ? { contentType: type } : {}), body: formOfBody(text) };
}

function formOfBody(text: string): AnswerForm['body'] {
  if (text.trim() === '') return 'empty';
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? 'json-object' : 'other-json';
  } catch {
    return 'not-json';
  }
}
