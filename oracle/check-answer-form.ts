import type { Rule, Spec } from '../spec/spec-types.ts';
import type { Observation } from '../model/observation.ts';

/** One answer-format rule an answer broke: what the rule wants and what came. */
export interface AnswerFault {
  rule: string;
  expected: string;
  observed: string;
}

/** The media type of a Content-Type header, without parameters such as charset. */
const mediaType = (header: string) => header.split(';')[0].trim().toLowerCase();

const BODY_TEXT: Record<string, string> = {
  empty: 'an empty body',
  'other-json': 'a JSON body that is not an object',
  'not-json': 'a body that is not JSON',
};

/** Checks one aspect of an answer; undefined when it holds. */
const ASPECTS: Record<
  string,
  (rule: Rule, o: Observation & { answer: NonNullable<Observation['answer']> }) => AnswerFault | undefined
> = {
  contentType(rule, o) {
    const allowed = [rule.check.value!, ...(rule.check.alsoAllowed ?? [])];
    const type = o.answer.contentType;
    if (type !== undefined && allowed.includes(mediaType(type))) return undefined;
    return {
      rule: rule.id,
      expected: `Content-Type ${allowed.join(' or ')}`,
      observed: type === undefined ? 'no Content-Type' : `Content-Type ${type}`,
    };
  },
  jsonBody(rule, o) {
    return o.answer.body === 'json-object'
      ? undefined
      : { rule: rule.id, expected: 'a body of one JSON object', observed: BODY_TEXT[o.answer.body] };
  },
  runId(rule, o) {
    const runId = o.ok ? o.runId : undefined;
    const length = typeof runId === 'string' ? [...runId].length : 0;
    if (length >= (rule.check.min ?? 1) && length <= (rule.check.max ?? Infinity)) return undefined;
    return {
      rule: rule.id,
      expected: `a runId of ${rule.check.min}-${rule.check.max} characters`,
      observed: typeof runId === 'string' ? `runId '${runId}'` : 'no runId',
    };
  },
};

/** The check of an answer rule's field; a field the oracle does not know is a spec error, never a silent pass. */
function aspectOf(rule: Rule) {
  const aspect = ASPECTS[rule.check.field ?? ''];
  if (!aspect)
    throw new Error(
      `rule ${rule.id}: answer check of unknown field '${rule.check.field}' (known: ${Object.keys(ASPECTS).join(', ')})`,
    );
  return aspect;
}

/**
 * Judges the form of an answer by the spec's answer rules (check kind 'answer'): which rules it was judged by, and
 * which it broke. An answer that is a 5xx, a timeout, a dropped connection or throttled is judged by none: those
 * are findings of their own, and their form says nothing more.
 */
export function checkAnswerForm(spec: Spec, observed: Observation): { judgedBy: string[]; faults: AnswerFault[] } {
  const answer = observed.answer;
  const judged =
    answer && (observed.ok || (!observed.inconclusive && observed.status !== undefined && observed.status < 500));
  if (!judged) return { judgedBy: [], faults: [] };
  // A runId is looked for only in a success whose body could be read: an unreadable body is its own finding.
  const readableSuccess = observed.ok && answer.body === 'json-object';
  const rules = spec.rules.filter((r) => r.check.kind === 'answer' && (readableSuccess || r.check.field !== 'runId'));
  const faults = rules.map((r) => aspectOf(r)(r, { ...observed, answer })).filter((f): f is AnswerFault => !!f);
  return { judgedBy: rules.map((r) => r.id), faults };
}
