import type { Spec } from '../../spec/spec-types.ts';
import type { Case, Step } from '../../model/case.ts';
import type { Observation } from '../../model/observation.ts';
import type { Request } from '../../model/request.ts';
import { clipLargeValues, isClipped } from '../../model/clip-large-values.ts';
import { restoreClipped } from '../../model/restore-clipped.ts';
import { replayCase } from '../../runner/replay-case.ts';
import type { RecordedCase, Recording } from '../recording.ts';
import type { RecordedBody, RecordedInteraction } from '../interaction-recording.ts';
import type { ImportedFile } from './imported-file.ts';

// The harness sends through the SDK: the short target and the SDK's Content-Type.
const SDK_CONTENT_TYPE = 'application/x-amz-json-1.0';

/** The case regenerated from rule, seed and path, when it still gives the recorded request (else undefined). */
function regenerate(spec: Spec, recording: Recording, recorded: RecordedCase): Case | undefined {
  if (!spec.rules.some((r) => r.id === recorded.rule)) return undefined;
  try {
    const kase = replayCase(spec, {
      rule: recorded.rule,
      seed: recording.seed,
      path: recorded.path,
      runTag: recording.runTag,
    });
    return JSON.stringify(clipLargeValues(kase.request)) === JSON.stringify(clipLargeValues(recorded.request))
      ? kase
      : undefined;
  } catch {
    return undefined; // a rule that needs what the recording does not keep (a policy, a quota)
  }
}

/** Whether a value still holds a ClippedString where a string was. */
const holdsClipped = (v: unknown): boolean =>
  isClipped(v) ||
  (Array.isArray(v) ? v.some(holdsClipped) : !!v && typeof v === 'object' && Object.values(v).some(holdsClipped));

/** A step as the SWF call it made. */
function callOf(step: Step): { operation: string; body: Request | Record<string, unknown> } {
  if (step.op === 'start') return { operation: 'StartWorkflowExecution', body: step.request };
  return {
    operation: 'TerminateWorkflowExecution',
    body: { domain: step.domain, workflowId: step.workflowId, ...(step.runId ? { runId: step.runId } : {}) },
  };
}

/** An observation as the answer SWF gives: `{runId}` for an accepted start, `{__type, message}` for a refusal. */
function answerOf(observed: Observation & { status: number }, operation: string): RecordedInteraction['response'] {
  const contentType = observed.answer?.contentType;
  let body: RecordedBody = {};
  if (!observed.ok)
    body = {
      json: { __type: observed.code, ...(observed.message !== undefined ? { message: observed.message } : {}) },
    };
  else if (operation === 'StartWorkflowExecution') body = { json: observed.runId ? { runId: observed.runId } : {} };
  return { status: observed.status, ...(contentType ? { contentType } : {}), body };
}

/** `<runId:n>` of one case as `<runId:<source>/<case>.n>`, unique in the recording until renumbered. */
function scopeRunIds<T>(value: T, scope: string): T {
  return JSON.parse(JSON.stringify(value).replace(/<runId:(\d+)>/g, `<runId:${scope}.$1>`)) as T;
}

/**
 * A harness recording's cases as SWF interactions: each case's preparation steps (regenerated from rule, seed and
 * path, with their recorded answers) and its StartWorkflowExecution with its answer. Wire cases (sent as raw HTTP,
 * not as their request) and answers without a status (time-outs) are skipped; effects read-backs are views, not calls.
 */
export function readOwnRecording(recording: Recording, spec: Spec, sourceIndex: number): ImportedFile {
  const out: ImportedFile = { kind: 'swf-conformance-recording', interactions: [], skipped: 0, notes: [] };
  const tally = { wire: 0, timeouts: 0, unregenerated: 0, clipped: 0 };
  let entry = 0;
  recording.cases.forEach((recorded, caseIndex) => {
    const calls = recorded.trace.filter((t): t is Extract<typeof t, { observed: Observation }> => 'observed' in t);
    const family = spec.rules.find((r) => r.id === recorded.rule)?.family;
    if (family === 'wire') return (tally.wire++, (out.skipped += calls.length), (entry += calls.length));
    const kase = regenerate(spec, recording, recorded);
    if (!kase && calls.some((c) => c.call !== 'request')) tally.unregenerated++;
    const kept: RecordedInteraction[] = [];
    for (const t of calls) {
      const id = `${sourceIndex}:${entry++}`;
      const observed = t.observed;
      if (observed.status === undefined) {
        tally.timeouts++;
        out.skipped++;
        continue;
      }
      const step = t.call === 'request' ? undefined : kase?.before[Number(/\d+/.exec(t.call)?.[0])];
      if (t.call !== 'request' && !step) {
        out.skipped++;
        continue;
      }
      const { operation, body } = step
        ? callOf(step)
        : { operation: 'StartWorkflowExecution', body: restoreClipped(recorded.request, kase ?? {}) };
      const interaction: RecordedInteraction = {
        id,
        operation,
        request: { target: `SimpleWorkflowService.${operation}`, contentType: SDK_CONTENT_TYPE, body: { json: body } },
        response: answerOf({ ...observed, status: observed.status }, operation),
      };
      const notes = [
        holdsClipped(interaction)
          ? 'strings longer than 4096 characters are stored clipped and the case no longer regenerates them'
          : '',
        t.call === 'request' && !kase && recorded.trace.some((x) => x.call.startsWith('before'))
          ? 'its preparation steps are missing: the case no longer regenerates from rule, seed and path'
          : '',
      ].filter(Boolean);
      if (notes.length) interaction.note = `${recorded.key}: ${notes.join('; ')}`;
      if (notes[0]) tally.clipped++;
      kept.push(interaction);
    }
    out.interactions.push(...scopeRunIds(kept, `${sourceIndex}/${caseIndex}`));
  });
  if (tally.wire) out.notes.push(`${tally.wire} wire cases skipped (sent as raw HTTP, not as their request)`);
  if (tally.timeouts) out.notes.push(`${tally.timeouts} answers without an HTTP status (time-outs) skipped`);
  if (tally.unregenerated)
    out.notes.push(
      `${tally.unregenerated} cases no longer regenerate: their preparation steps are left out, their requests kept`,
    );
  if (tally.clipped) out.notes.push(`${tally.clipped} interactions keep clipped strings (see their note)`);
  return out;
}
