import type { RecordedInteraction } from '../interaction-recording.ts';
import { makeRedactor, redactDeep } from '../../reports/redact.ts';

/** Every string value of a `taskToken` member, at any depth, in order of appearance. */
function collectTaskTokens(value: unknown, into: string[]): void {
  if (Array.isArray(value)) value.forEach((v) => collectTaskTokens(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'taskToken' && typeof v === 'string' && v) into.push(v);
      else collectTaskTokens(v, into);
    }
  }
}

/** Replaces, in every string of a JSON-like value, each known token by its placeholder. */
function replaceTokens<T>(value: T, placeholders: Map<string, string>): T {
  // Longest first, so that a token which contains another is replaced whole.
  const tokens = [...placeholders.keys()].sort((a, b) => b.length - a.length);
  const text = (s: string) =>
    tokens.reduce((out, t) => (out.includes(t) ? out.split(t).join(placeholders.get(t)!) : out), s);
  return redactDeep(value, text);
}

/**
 * Interactions fit to share: each task token (the `taskToken` member of PollFor*Task answers and Respond* requests)
 * becomes `<taskToken:n>`, the same token the same placeholder throughout, wherever it is quoted; then every string
 * goes through the report redactor (access key ids, Signature=, Credential=, X-Amz-Security-Token, `secrets`).
 */
export function stripSecrets(
  interactions: RecordedInteraction[],
  secrets: Array<string | undefined> = [],
): RecordedInteraction[] {
  const found: string[] = [];
  for (const i of interactions) collectTaskTokens([i.request.body.json, i.response.body.json], found);
  const placeholders = new Map<string, string>();
  for (const token of found)
    if (!placeholders.has(token)) placeholders.set(token, `<taskToken:${placeholders.size + 1}>`);
  const redact = makeRedactor(secrets);
  return interactions.map((i) => redactDeep(replaceTokens(i, placeholders), redact));
}
