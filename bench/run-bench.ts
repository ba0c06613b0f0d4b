// npm run bench: the harness's SDK calls per second against a bare SDK loop on the same target, and peak memory.
// Not a test: it prints figures and ratios for people to read (README quotes them with the machine).
import { loadSpec } from '../spec/load-spec';
import { openTarget } from '../targets/open-target';
import { runConformance } from '../runner/run-conformance';
import { startMockSwf } from '../targets/mock/mock-swf-server';
import { MOCK_CREDENTIALS } from '../targets/mock/mock-credentials';
import { startManagedMoto } from '../targets/moto/managed-moto';
import { findMotoCommand } from '../targets/moto/find-moto-command';
import { countCalls } from './count-calls';
import { rawLoop } from './raw-loop';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const RAW_CALLS = Number(process.env.BENCH_RAW_CALLS ?? 1000);

/** Samples the process's peak resident and heap memory while a job runs. */
async function withPeakMemory<T>(job: () => Promise<T>): Promise<{ value: T; rssMb: number; heapMb: number }> {
  let rss = 0;
  let heap = 0;
  const sample = () => { const m = process.memoryUsage(); rss = Math.max(rss, m.rss); heap = Math.max(heap, m.heapUsed); };
  const timer = setInterval(sample, 50);
  try {
    const value = await job();
    sample();
    return { value, rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** The harness on a fresh target: cases, SDK calls per second and seconds taken. */
async function harness(name: 'mock' | 'moto') {
  const { target, calls } = countCalls(await openTarget(name));
  const started = performance.now();
  try {
    const result = await runConformance({ spec: loadSpec(), target, seed: 1, runs: RUNS });
    const seconds = (performance.now() - started) / 1000;
    return { cases: result.cases, calls: calls(), seconds, callsPerSecond: calls() / seconds };
  } finally {
    await target.close();
  }
}

/** The bare loop on a fresh target of the same kind. */
async function raw(name: 'mock' | 'moto'): Promise<number> {
  if (name === 'mock') {
    const mock = await startMockSwf();
    try { return await rawLoop(mock.endpoint, MOCK_CREDENTIALS, RAW_CALLS); } finally { await mock.close(); }
  }
  const moto = await startManagedMoto();
  try { return await rawLoop(moto.endpoint, { accessKeyId: 'testing', secretAccessKey: 'testing' }, RAW_CALLS); } finally { await moto.stop(); }
}

const targets: Array<'mock' | 'moto'> = findMotoCommand() ? ['mock', 'moto'] : ['mock'];
if (targets.length === 1) console.log('moto server not found: benchmarking the mock only (pip install "moto[server]")');
console.log(`harness: --runs ${RUNS} over every rule (seed 1); raw loop: ${RAW_CALLS} bare StartWorkflowExecution calls`);
for (const name of targets) {
  const rawRate = await raw(name);
  const h = await withPeakMemory(() => harness(name));
  console.log(`${name}: harness ${h.value.calls} calls for ${h.value.cases} cases in ${h.value.seconds.toFixed(1)} s = ${h.value.callsPerSecond.toFixed(0)} calls/s`
    + ` (${(h.value.cases / h.value.seconds).toFixed(0)} cases/s); raw loop ${rawRate.toFixed(0)} calls/s; ratio ${(h.value.callsPerSecond / rawRate).toFixed(2)};`
    + ` peak memory ${h.rssMb.toFixed(0)} MB resident, ${h.heapMb.toFixed(0)} MB heap`);
}
