import { createHash } from 'node:crypto';
import { median } from './time-cli.ts';

// A fixed amount of CPU work: the same on every machine and every run, so that its time says how fast the machine was
// while the bench ran (a shared host's speed drifts by tens of percent within an hour while the load average stays low).
const PIECE = Buffer.alloc(1 << 20, 7);
const DOCUMENT = { cases: Array.from({ length: 2000 }, (_, i) => ({ id: `case-${i}`, tags: ['a', 'b', 'c'], n: i })) };

/** Milliseconds for the fixed work (hashing 128 MB, 80 JSON round trips of a 2,000-case document): the median of 5. */
export function machineSpeedMs(): number {
  const times: number[] = [];
  for (let t = 0; t < 5; t++) {
    const before = performance.now();
    const hash = createHash('sha256');
    for (let i = 0; i < 128; i++) hash.update(PIECE);
    hash.digest();
    for (let i = 0; i < 80; i++) JSON.parse(JSON.stringify(DOCUMENT));
    times.push(performance.now() - before);
  }
  return median(times);
}
