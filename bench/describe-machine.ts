import { availableParallelism, cpus, loadavg } from 'node:os';

/** The machine the figures come from, in one line: cores, CPU model, Node, date and the load it had. */
export function describeMachine(): string {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${load}`;
}

/** A warning when something else keeps the machine busy, since it slows every figure. */
export function busyWarning(): string | undefined {
  const [oneMinute] = loadavg();
  return oneMinute > 0.5
    ? `warning: load average ${oneMinute.toFixed(2)} before the bench: other processes share the CPU, rates will be low and noisy`
    : undefined;
}
