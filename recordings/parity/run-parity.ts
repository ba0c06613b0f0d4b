import type { Target } from '../../targets/target.ts';
import { TargetError } from '../../targets/target.ts';
import type { InteractionRecording, RecordedInteraction } from '../interaction-recording.ts';
import type { ParityResult, ReplayedInteraction } from './parity-result.ts';
import { IdMap } from './id-map.ts';
import { compareAnswers } from './compare-answers.ts';
import { findMissingCalls } from './find-missing-calls.ts';
import { fixturesOfRecording } from './fixtures-of-recording.ts';
import { registerFixtures } from './register-fixtures.ts';
import { groupDifferences } from './group-differences.ts';

export interface ParityOptions {
  /** The recording's file, as the report names it. */
  recordingPath: string;
  signal?: AbortSignal;
  /** Called after each interaction: how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Replays a recording's requests in order on a target emptied first (again before each imported file's), with the
 * domains and types its answers show registered, runIds and task tokens mapped as the target's answers give them,
 * and compares every answer.
 */
export async function runParity(
  recording: InteractionRecording,
  target: Target,
  o: ParityOptions,
): Promise<ParityResult> {
  if (!target.exchange)
    throw new TargetError(`${target.name} cannot replay recorded calls: it offers no raw calls (Target.exchange)`);
  const startedAt = new Date();
  const stateNotReset = target.reset
    ? undefined
    : `${target.name} cannot be emptied: what it already holds may change its answers`;
  const replayed: ReplayedInteraction[] = [];
  const registered = { domains: new Set<string>(), types: new Set<string>() };
  // Each imported file was recorded on its own, at its own time: each is replayed on a state (and ids) of its own.
  for (const part of bySource(recording)) {
    if (o.signal?.aborted) break;
    const fixtures = fixturesOfRecording(part);
    try {
      if (target.reset) await target.reset();
      await registerFixtures(target, fixtures);
    } catch (e) {
      // A target that cannot be prepared for one file is a finding about that file, not the end of the run.
      const why = `the target could not be prepared for this file: ${(e as Error).message.split('\n')[0]}`;
      part.interactions.forEach((i) => replayed.push({ id: i.id, operation: i.operation, notSent: why }));
      continue;
    }
    fixtures.domains.forEach((d) => registered.domains.add(d.name));
    fixtures.types.forEach((t) => registered.types.add(`${t.domain}/${t.name}/${t.version}`));
    await replayPart(target, part, replayed, o, recording.interactions.length);
  }
  const interrupted = o.signal?.aborted ? String(o.signal.reason ?? 'interrupted') : undefined;
  return {
    format: 'swf-conformance-parity/1',
    target: target.name,
    recording: o.recordingPath,
    sources: recording.sources,
    registered: { domains: [...registered.domains], types: [...registered.types] },
    ...(stateNotReset ? { stateNotReset } : {}),
    ...(interrupted ? { interrupted } : {}),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    summary: summarize(recording, replayed),
    groups: groupDifferences(replayed),
    interactions: replayed,
  };
}

/** The counts of a parity run. */
function summarize(recording: InteractionRecording, replayed: ReplayedInteraction[]): ParityResult['summary'] {
  const differing = replayed.filter((r) => (r.differences?.length ?? 0) > 0);
  return {
    interactions: recording.interactions.length,
    sent: replayed.filter((r) => !r.notSent).length,
    differing: differing.length,
    differences: differing.reduce((s, r) => s + r.differences!.length, 0),
    partial: replayed.filter((r) => r.partial).length,
    notSent: replayed.filter((r) => r.notSent).length,
  };
}

/** Replays one imported file's interactions in order, each compared on what the calls before it determine. */
async function replayPart(
  target: Target,
  part: InteractionRecording,
  replayed: ReplayedInteraction[],
  o: ParityOptions,
  total: number,
): Promise<void> {
  const ids = new IdMap();
  // Set.add returns the set: the operations of the calls up to this one.
  const seen = new Set<string>();
  const workedElsewhere = part.interactions.some(
    (i) => findMissingCalls(i, seen.add(i.operation), false) !== undefined,
  );
  const made = new Set<string>();
  for (const i of part.interactions) {
    if (o.signal?.aborted) return;
    made.add(i.operation);
    replayed.push(await replayOne(target, i, ids, findMissingCalls(i, made, workedElsewhere)));
    o.onProgress?.(replayed.length, total);
  }
}

/** The recording's interactions by the file they were imported from, in order. */
function bySource(recording: InteractionRecording): InteractionRecording[] {
  const parts = new Map<string, InteractionRecording>();
  for (const i of recording.interactions) {
    const source = i.id.split(':')[0];
    if (!parts.has(source)) parts.set(source, { ...recording, interactions: [] });
    parts.get(source)!.interactions.push(i);
  }
  return [...parts.values()];
}

/** Sends one recorded request (its ids mapped), learns the ids its answer gives, and compares the answer. */
async function replayOne(
  target: Target,
  i: RecordedInteraction,
  ids: IdMap,
  missing: ReturnType<typeof findMissingCalls>,
): Promise<ReplayedInteraction> {
  const base = { id: i.id, operation: i.operation, ...(i.note ? { note: i.note } : {}) };
  const unpaired = ids.unpaired(i.request.body.json);
  if (unpaired.length) {
    ids.learn(i.response.body.json, undefined, i.id);
    return { ...base, notSent: whyNotSent(unpaired) };
  }
  const body =
    i.request.body.json !== undefined ? JSON.stringify(ids.apply(i.request.body.json)) : (i.request.body.text ?? '');
  const answer = await target.exchange!({
    target: i.request.target,
    ...(i.request.contentType ? { contentType: i.request.contentType } : {}),
    body,
  });
  const parsed = answer.status !== undefined ? safeParse(answer.text) : undefined;
  ids.learn(i.response.body.json, parsed, i.id, missing?.skip);
  const differences = compareAnswers(i.response, answer, ids, missing?.skip);
  return {
    ...base,
    differences,
    ...(missing ? { partial: { reason: missing.reason, excluded: missing.excluded } } : {}),
  };
}

/** Why a request that names ids the replay never got was not sent. */
function whyNotSent(unpaired: ReturnType<IdMap['unpaired']>): string {
  const members = [...new Set(unpaired.map((u) => u.member))].join(', ');
  const from = [...new Set(unpaired.map((u) => u.from).filter(Boolean))];
  return from.length
    ? `its ${members} came from the recorded answer to ${from.join(', ')}, which the target did not give alike (see there)`
    : `its ${members} came from an answer to a call the recording lacks (a worker in another process)`;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
