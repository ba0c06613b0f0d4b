import type { CallAnswer } from '../../model/lifecycle.ts';

// Inputs shorter than this are cheap to hold twice; a case's input may reach 32 KB.
const SHARED_FROM = 1024;

/**
 * Gives each event of a history or poll answer whose input equals the case's own that very string, and counts them.
 * A round keeps every waiting case's latest answers; sharing holds each 32 KB input once per case, not once per answer.
 */
export function shareRequestInput(answer: CallAnswer, input: unknown): number {
  if (!answer.ok || !Array.isArray(answer.output.events) || typeof input !== 'string' || input.length < SHARED_FROM)
    return 0;
  let shared = 0;
  for (const event of answer.output.events as unknown[]) {
    if (!event || typeof event !== 'object') continue;
    for (const [key, attributes] of Object.entries(event as Record<string, unknown>)) {
      if (!key.endsWith('EventAttributes') || !attributes || typeof attributes !== 'object') continue;
      const a = attributes as { input?: unknown };
      if (a.input !== input) continue;
      a.input = input;
      shared++;
    }
  }
  return shared;
}
