import { availableParallelism, cpus, loadavg } from 'node:os';
import { machineSpeedMs } from './machine-speed.ts';

/**
 * The machine the figures come from, in one line: cores, CPU model, Node, date, the load it had and how long a fixed
 * CPU workload took (printed at the bench's start and end: a slower machine, not a slower harness, shows there).
 */
export function describeMachine(): string {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${load}; a fixed CPU workload in ${machineSpeedMs().toFixed(0)} ms (bench/machine-speed.ts)`;
}

/** A warning when something else keeps the machine busy, since it slows every figure. */
export function busyWarning(): string | undefined {
  const [oneMinute] = loadavg();
  return oneMinute > 0.5
    ? `warning: load average ${oneMinute.toFixed(2)} before the bench: other processes share the CPU, rates will be low and noisy`
    : undefined;
}
