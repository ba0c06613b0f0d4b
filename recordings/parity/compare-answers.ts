import type { RecordedInteraction } from '../interaction-recording.ts';
import type { ExchangeAnswer } from '../../targets/exchange.ts';
import type { Difference } from './parity-result.ts';
import { ID_MEMBER, type IdMap } from './id-map.ts';
import { errorTypeOf } from '../fault-of.ts';

// Times differ on every replay: compared by JSON type only.
const TIME_MEMBER = /(Timestamp$|Date$)/;

const mediaType = (t: string | undefined) => t?.split(';')[0].trim().toLowerCase();
const errorType = (json: unknown) => errorTypeOf(json) || undefined;
const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Parses an answer's body: its JSON, else its text; an empty body and `{}` both say "no members". */
function parse(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The differences between a recorded answer and the target's answer to the same call: status, error type, message,
 * media type, then member by member (`skip` names members left out). Ids compare through the map, times by type.
 */
export function compareAnswers(
  recorded: RecordedInteraction['response'],
  answer: ExchangeAnswer,
  ids: IdMap,
  skip: (path: string) => boolean = () => false,
): Difference[] {
  if (answer.status === undefined) return [{ kind: 'no-answer', recorded: recorded.status, observed: answer.error }];
  const out: Difference[] = [];
  const mine = recorded.body.json ?? (recorded.body.text ? recorded.body.text : {});
  const theirs = parse(answer.text);
  if (answer.status !== recorded.status)
    out.push({ kind: 'status', recorded: recorded.status, observed: answer.status });
  // A recording that kept no Content-Type says nothing of it.
  if (recorded.contentType !== undefined && mediaType(answer.contentType) !== mediaType(recorded.contentType))
    out.push({ kind: 'content-type', recorded: recorded.contentType, observed: answer.contentType });
  const failed = (s: number) => s < 200 || s >= 300;
  if (failed(recorded.status) || failed(answer.status)) {
    if (failed(recorded.status) && failed(answer.status)) out.push(...compareErrors(mine, theirs, ids));
    // One side refused: which error it was says more than the status alone.
    else
      out.push({
        kind: 'error-type',
        path: '__type',
        recorded: errorType(mine) ?? '(none)',
        observed: errorType(theirs) ?? '(none)',
      });
    return out;
  }
  compareMembers(ids.apply(mine), theirs, { path: '', key: '', out, skip, ids });
  return out;
}

/** Two refusals: the same error type, and then the same message (the recorded one's ids replaced by the target's). */
function compareErrors(mine: unknown, theirs: unknown, ids: IdMap): Difference[] {
  const [a, b] = [errorType(mine), errorType(theirs)];
  if (a !== b) return [{ kind: 'error-type', path: '__type', recorded: a ?? '(none)', observed: b ?? '(none)' }];
  const message = (v: unknown) =>
    (v as Record<string, unknown> | undefined)?.message ?? (v as Record<string, unknown> | undefined)?.Message;
  const [m, n] = [ids.apply(message(mine)), message(theirs)];
  return m === n ? [] : [{ kind: 'message', path: 'message', recorded: m, observed: n }];
}

/** Where a member walk is: its path, the member's name, what it found so far, what it leaves out. */
interface Walk {
  path: string;
  key: string;
  out: Difference[];
  skip: (path: string) => boolean;
  ids: IdMap;
}

/** Member by member, depth first, in the recorded answer's order and then the extra ones. */
function compareMembers(mine: unknown, theirs: unknown, w: Walk): void {
  const { path, key, out, skip } = w;
  if (path && skip(path)) return;
  if (jsonType(mine) !== jsonType(theirs))
    return void out.push({ kind: 'type', path, recorded: mine, observed: theirs });
  // Ids the map could not pair, and times, say only that they are there, with the right type.
  if (TIME_MEMBER.test(key) || (ID_MEMBER.test(key) && typeof mine === 'string' && !w.ids.isPaired(mine))) return;
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    if (mine.length !== theirs.length && !skip(`${path}.length`))
      out.push({ kind: 'value', path: `${path}.length`, recorded: mine.length, observed: theirs.length });
    for (let i = 0; i < Math.min(mine.length, theirs.length); i++)
      compareMembers(mine[i], theirs[i], { ...w, path: `${path}[${i}]` });
    return;
  }
  if (mine && theirs && typeof mine === 'object') {
    const [a, b] = [mine as Record<string, unknown>, theirs as Record<string, unknown>];
    const at = (k: string) => (path ? `${path}.${k}` : k);
    for (const k of Object.keys(a)) {
      if (!(k in b)) {
        if (!skip(at(k))) out.push({ kind: 'member-missing', path: at(k), recorded: a[k] });
      } else compareMembers(a[k], b[k], { ...w, path: at(k), key: k });
    }
    for (const k of Object.keys(b))
      if (!(k in a) && !skip(at(k))) out.push({ kind: 'member-extra', path: at(k), observed: b[k] });
    return;
  }
  if (mine !== theirs) out.push({ kind: 'value', path, recorded: mine, observed: theirs });
}
