// One bench measurement in a fresh process: `node --expose-gc --import tsx bench/bench-child.ts '<BenchJob as JSON>'`.
// Prints its BenchResult as one JSON line after RESULT_MARK; everything else it prints is for people.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import { MOCK_SWF_ENDPOINT, openMockSwf } from '../targets/mock/open-mock-swf.ts';
import { createMockContext } from '../targets/mock/create-mock-context.ts';
import { createInProcessHandler } from '../targets/mock/in-process-handler.ts';
import { MOCK_CREDENTIALS } from '../targets/mock/mock-credentials.ts';
import { openManagedMoto } from '../targets/moto/open-managed-moto.ts';
import { countCalls } from './count-calls.ts';
import { recordCalls, replayCalls, type RecordedCall } from './record-calls.ts';
import { rawLoop } from './raw-loop.ts';
import { withPeakMemory } from './peak-memory.ts';
import { RESULT_MARK, type BenchJob, type BenchResult } from './bench-job.ts';

const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
// The bare loop measures speed, not quotas: more than AWS's 2000-start bucket may be asked for (BENCH_RAW_CALLS).
const UNTHROTTLED = { limits: { startBucket: { size: Number.MAX_SAFE_INTEGER, refillPerSecond: 0 } } };

/** Heap in use after a full GC (the child runs with --expose-gc), in MB. */
function keptHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

type Measured = Omit<BenchResult, 'peakRssMb' | 'peakHeapMb'>;

/** Runs a job under V8's sampling profiler (what node --cpu-prof uses), writing the profile to a file. */
async function profiled<T>(file: string, job: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await job();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

/** The harness over every rule on a fresh target, counting its SDK calls. */
async function harness(job: Extract<BenchJob, { kind: 'harness' }>): Promise<Measured> {
  const opened = await openTarget(job.target);
  // Recorded only when asked: keeping every call would weigh on the memory this job measures.
  const recorded = job.recordTo ? recordCalls(opened) : undefined;
  const { target, calls } = countCalls(recorded?.target ?? opened);
  try {
    const spec = loadSpec();
    const run = () => runConformance({ spec, target, seed: 1, runs: job.runs, families: job.families });
    const started = performance.now();
    const result = await (job.profileFile ? profiled(job.profileFile, run) : run());
    const seconds = (performance.now() - started) / 1000;
    if (job.recordTo) writeFileSync(job.recordTo, JSON.stringify(recorded!.calls));
    const kept = keptHeapMb();
    // The mock keeps every closed execution, as SWF does for its retention period; a reset lets them go.
    await target.reset?.();
    return {
      calls: calls(),
      cases: result.cases,
      seconds,
      callsPerSecond: calls() / seconds,
      keptHeapMb: kept,
      keptWithoutTargetMb: keptHeapMb(),
    };
  } finally {
    await target.close();
  }
}

/** The bare SDK loop on a fresh target: the mock behind MSW or called in-process, or moto. */
async function raw(job: Extract<BenchJob, { kind: 'raw' }>): Promise<Measured> {
  const measured = (seconds: number): Measured => {
    const kept = keptHeapMb();
    return {
      calls: job.calls,
      seconds,
      callsPerSecond: job.calls / seconds,
      keptHeapMb: kept,
      keptWithoutTargetMb: kept,
    };
  };
  if (job.target === 'moto') {
    const moto = await openManagedMoto();
    try {
      return measured(await rawLoop(moto.endpoint, MOTO_CREDENTIALS, job.calls));
    } finally {
      await moto.stop();
    }
  }
  if (job.via === 'in-process') {
    const mock = createMockContext(UNTHROTTLED);
    const handler = createInProcessHandler(mock.context);
    let inMock = 0;
    // The mock never waits on I/O: the time inside its handler is its own work (the two set-up calls included).
    const timed: typeof handler = {
      ...handler,
      async handle(request, options) {
        const started = performance.now();
        try {
          return await handler.handle(request, options);
        } finally {
          inMock += performance.now() - started;
        }
      },
    };
    try {
      const loop = await rawLoop(MOCK_SWF_ENDPOINT, MOCK_CREDENTIALS, job.calls, timed);
      return { ...measured(loop), mockSeconds: inMock / 1000 };
    } finally {
      mock.release();
    }
  }
  const mock = await openMockSwf(UNTHROTTLED);
  try {
    return measured(await rawLoop(mock.endpoint, MOCK_CREDENTIALS, job.calls));
  } finally {
    await mock.close();
  }
}

/** A harness job's calls sent again through a fresh target, counted as the harness's were. */
async function replay(job: Extract<BenchJob, { kind: 'replay' }>): Promise<Measured> {
  const recordedCalls = JSON.parse(readFileSync(job.callsFile, 'utf8')) as RecordedCall[];
  const { target, calls } = countCalls(await openTarget(job.target));
  try {
    const seconds = await replayCalls(target, recordedCalls);
    const kept = keptHeapMb();
    return { calls: calls(), seconds, callsPerSecond: calls() / seconds, keptHeapMb: kept, keptWithoutTargetMb: kept };
  } finally {
    await target.close();
  }
}

const job = JSON.parse(process.argv[2] ?? '') as BenchJob;
const { value, peakRssMb, peakHeapMb } = await withPeakMemory(() =>
  job.kind === 'harness' ? harness(job) : job.kind === 'replay' ? replay(job) : raw(job),
);
// The last samples come before the final GC: the heap it measured counts as seen too.
const result: BenchResult = { ...value, peakRssMb, peakHeapMb: Math.max(peakHeapMb, value.keptHeapMb) };
console.log(`${RESULT_MARK}${JSON.stringify(result)}`);
