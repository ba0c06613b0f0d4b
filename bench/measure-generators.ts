import fc from 'fast-check';
import { textOfExactLength } from '../generators/text-of-length.ts';
import { anyChar } from '../generators/any-char.ts';
import { figureNearGoal } from './figure-near-goal.ts';
import type { Goals } from './goals.ts';

// Lengths from a tag's to past a 1 MB body; the first sample of each is dropped (JIT warm-up).
const LENGTHS = [1_024, 32_768, 1_048_576];
const SAMPLES = 40;
// Linear: a character at the largest length may cost at most this many times one at the middle length.
const LINEAR_GOAL = 1.5;

/** Nanoseconds a character of a string drawn at exactly `length` code points (the arm of textOfLength that draws long ones), read back as one flat string. */
function perCharacter(length: number): number {
  const arbitrary = textOfExactLength(anyChar, fc.constant(length));
  fc.sample(arbitrary, { seed: 1, numRuns: 2 });
  const started = performance.now();
  let read = 0;
  // Reading the last character flattens a rope, as sending it would.
  for (const v of fc.sample(arbitrary, { seed: 2, numRuns: SAMPLES })) read += v.charCodeAt(v.length - 1);
  const ms = performance.now() - started;
  if (Number.isNaN(read)) throw new Error('unreachable: a drawn string was empty');
  return (ms * 1e6) / (SAMPLES * length);
}

/** Long strings: time per character at growing lengths, and whether it stays flat (proportional to length). */
export function measureGenerators(goals: Goals): void {
  const costs = LENGTHS.map(perCharacter);
  console.log(
    `generators: textOfExactLength(anyChar, n), as textOfLength draws its long strings, ${SAMPLES} values each: ${LENGTHS.map((n, i) => `${n} chars ${costs[i].toFixed(2)} ns/char`).join(', ')}`,
  );
  const growth = costs[2] / costs[1];
  goals.check(
    `time a character at ${LENGTHS[2]} against ${LENGTHS[1]}`,
    `x${figureNearGoal(growth, LINEAR_GOAL)}`,
    `at most x${LINEAR_GOAL} (proportional to length)`,
    growth <= LINEAR_GOAL,
  );
}
