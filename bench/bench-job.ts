import type { Family } from '../spec/spec-types.ts';

/** Starts the line on which a bench child prints its result. */
export const RESULT_MARK = 'BENCH_RESULT ';

/** One measurement, run alone in a fresh child process (bench/bench-child.ts) so none inflates the next. */
export type BenchJob =
  /** With `profileFile`, the run alone (not the start-up) is CPU-profiled into that .cpuprofile file. */
  /** `families`: the run's families (default all). */
  | {
      kind: 'harness';
      target: 'mock' | 'moto';
      runs: number;
      families?: Family[];
      profileFile?: string;
      recordTo?: string;
    }
  /** The calls a harness job recorded (recordTo), sent again through a fresh target of the same kind with no harness. */
  | { kind: 'replay'; target: 'mock' | 'moto'; callsFile: string }
  | { kind: 'raw'; target: 'mock' | 'moto'; calls: number; via: 'msw' | 'in-process' };

/** What a child measured: its rate, and the memory its process needed. */
export interface BenchResult {
  /** SDK calls made (the harness's counted through the Target, set-up included). */
  calls: number;
  /** Cases run, for the harness. */
  cases?: number;
  seconds: number;
  callsPerSecond: number;
  /** For the in-process bare loop: seconds spent inside the mock (its handler), the rest being the SDK's. */
  mockSeconds?: number;
  /** Peak resident set of the whole child process, from the kernel (getrusage's maxrss). */
  peakRssMb: number;
  /** Largest V8 heap in use seen (sampled every 50 ms), garbage included. */
  peakHeapMb: number;
  /** Heap still in use after a full GC at the end of the job, target and result still held: what the run kept. */
  keptHeapMb: number;
  /** The same once the target was reset too: what the harness itself kept, without the mock's executions. */
  keptWithoutTargetMb: number;
}
