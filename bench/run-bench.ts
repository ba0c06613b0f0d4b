// npm run bench: figures for people to read (README quotes them with the machine), not a test.
// Every measurement runs in a fresh child process (bench/bench-child.ts), so none inflates the next one's memory.
// Parts, in order; skip any with BENCH_SKIP, a comma-separated list (BENCH_SKIP=moto,profile):
//   mock     the harness's SDK calls per second against a bare SDK StartWorkflowExecution loop on the mock, their ratio, peak memory,
//            and against the harness's own calls sent again with no harness (what generation, oracle and bookkeeping cost)
//   moto     the same on moto server (skipped when moto is not installed)
//   memory   the harness on the mock at about 1,000 and about 10,000 cases: peak heap and resident memory, and their ratio
//   msw      the bare loop on the mock through MSW against the same mock called in-process: what share of a call MSW costs
//   profile  a CPU profile of the harness's run on the mock (V8's sampler, as node --cpu-prof): where its time goes
// Sizes: BENCH_RUNS (10: cases a rule for mock, moto and profile), BENCH_RAW_CALLS (1000: calls of each bare loop),
// BENCH_MEMORY_RUNS ("15,145": 1035 and 10005 cases), BENCH_MSW_ROUNDS (3: alternations, the fastest of each kept),
// BENCH_PROFILE_TOP (15: lines of each profile table). All parts take about 6 minutes on a 2-core machine.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMotoCommand } from '../targets/moto/find-moto-command.ts';
import type { BenchResult } from './bench-job.ts';
import { busyWarning, describeMachine } from './describe-machine.ts';
import { runInChild } from './run-in-child.ts';
import { summarizeProfile, type ProfileCost } from './summarize-profile.ts';

const PARTS = ['mock', 'moto', 'memory', 'msw', 'profile'] as const;
const skipped = new Set(
  (process.env.BENCH_SKIP ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean),
);
const unknown = [...skipped].filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length) throw new Error(`BENCH_SKIP: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
const wanted = (part: (typeof PARTS)[number]) => !skipped.has(part);

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const RAW_CALLS = Number(process.env.BENCH_RAW_CALLS ?? 1000);
const MEMORY_RUNS = (process.env.BENCH_MEMORY_RUNS ?? '15,145').split(',').map(Number);
const MSW_ROUNDS = Number(process.env.BENCH_MSW_ROUNDS ?? 3);
const PROFILE_TOP = Number(process.env.BENCH_PROFILE_TOP ?? 15);

const mb = (n: number) => `${n.toFixed(0)} MB`;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const memory = (r: BenchResult) =>
  `peak ${mb(r.peakRssMb)} resident, ${mb(r.peakHeapMb)} heap (${mb(r.keptHeapMb)} kept after GC)`;
const rate = (r: BenchResult) => `${r.callsPerSecond.toFixed(0)} calls/s`;
const msPerCall = (r: BenchResult) => (r.seconds * 1000) / r.calls;

/** The harness against the bare loop on one kind of target, each in its own child. */
async function ratioOn(target: 'mock' | 'moto'): Promise<BenchResult> {
  const raw = await runInChild({ kind: 'raw', target, calls: RAW_CALLS, via: 'msw' });
  const callsFile = join(mkdtempSync(join(tmpdir(), 'swfc-bench-calls-')), 'calls.json');
  const h = await runInChild({ kind: 'harness', target, runs: RUNS, recordTo: callsFile });
  const same = await runInChild({ kind: 'replay', target, callsFile });
  console.log(
    `${target}: harness ${h.calls} calls for ${h.cases} cases in ${h.seconds.toFixed(1)} s = ${rate(h)} (${(h.cases! / h.seconds).toFixed(0)} cases/s);` +
      ` raw loop ${rate(raw)}; ratio ${(h.callsPerSecond / raw.callsPerSecond).toFixed(2)} (goal 0.8)`,
  );
  // The bare loop sends small starts only; the same calls as the harness's, sent with nothing around them, isolate
  // what generation, oracle and bookkeeping cost.
  console.log(
    `  the harness's own calls sent again with no harness: ${same.calls} calls in ${same.seconds.toFixed(1)} s = ${rate(same)};` +
      ` ratio ${(h.callsPerSecond / same.callsPerSecond).toFixed(2)}: generation, oracle and bookkeeping are ${pct(1 - h.callsPerSecond / same.callsPerSecond)} of the harness's time`,
  );
  console.log(`  harness ${memory(h)}; raw loop ${memory(raw)}`);
  return h;
}

/** The harness on the mock at two sizes, each in a fresh child: does memory grow with the number of cases? */
async function memoryGrowth(): Promise<void> {
  const [small, large] = [MEMORY_RUNS[0], MEMORY_RUNS[MEMORY_RUNS.length - 1]];
  const results: BenchResult[] = [];
  for (const runs of [small, large]) {
    const r = await runInChild({ kind: 'harness', target: 'mock', runs });
    results.push(r);
    console.log(
      `memory, mock, --runs ${runs}: ${r.cases} cases in ${r.seconds.toFixed(0)} s (${rate(r)}); ${memory(r)},` +
        ` ${mb(r.keptWithoutTargetMb)} once the mock was reset`,
    );
  }
  const [a, b] = results;
  const times = (key: 'peakRssMb' | 'peakHeapMb' | 'keptHeapMb' | 'keptWithoutTargetMb') => b[key] / a[key];
  const perThousand = (key: 'keptHeapMb' | 'keptWithoutTargetMb') =>
    ((b[key] - a[key]) / ((b.cases! - a.cases!) / 1000)).toFixed(1);
  const flat = (x: number) => (x <= 1.25 ? 'flat' : 'NOT flat');
  const whole = Math.max(times('peakRssMb'), times('peakHeapMb'));
  console.log(
    `memory, ${b.cases} against ${a.cases} cases (${(b.cases! / a.cases!).toFixed(1)}x): peak resident x${times('peakRssMb').toFixed(2)},` +
      ` peak heap x${times('peakHeapMb').toFixed(2)}, kept heap x${times('keptHeapMb').toFixed(2)} (${perThousand('keptHeapMb')} MB more per 1,000 cases): ${flat(whole)}`,
  );
  console.log(
    `  without the mock's executions (it keeps the latest 200 to 400 closed ones, a stand-in for SWF's retention period): x${times('keptWithoutTargetMb').toFixed(2)}` +
      ` (${perThousand('keptWithoutTargetMb')} MB more per 1,000 cases): the harness's own memory is ${flat(times('keptWithoutTargetMb'))}`,
  );
}

/** The bare loop on the mock through MSW and in-process, alternated; the fastest of each counts (others may share the machine). */
async function mswShare(harness: BenchResult | undefined): Promise<void> {
  const best: Partial<Record<'msw' | 'in-process', BenchResult>> = {};
  for (let round = 0; round < MSW_ROUNDS; round++) {
    for (const via of ['msw', 'in-process'] as const) {
      const r = await runInChild({ kind: 'raw', target: 'mock', calls: RAW_CALLS, via });
      if (!best[via] || r.callsPerSecond > best[via]!.callsPerSecond) best[via] = r;
    }
  }
  const [msw, direct] = [best.msw!, best['in-process']!];
  const cost = msPerCall(msw) - msPerCall(direct);
  const mock = (direct.mockSeconds! * 1000) / direct.calls;
  // A bare call through MSW is the SDK's work, MSW's and the mock's; the in-process path does the first and last alone.
  const layers = [
    ['the SDK', msPerCall(direct) - mock],
    ["MSW's interception (node:http, socket emulation, handler lookup)", cost],
    ['the mock', mock],
  ] as const;
  const largest = [...layers].sort((x, y) => y[1] - x[1])[0][0];
  const line = (r: BenchResult) => `${rate(r)} (${msPerCall(r).toFixed(2)} ms a call)`;
  console.log(
    `msw: bare loop on the mock through MSW ${line(msw)}; in-process (targets/mock/in-process-handler.ts, same answers) ${line(direct)}`,
  );
  console.log(
    `  a bare call through MSW: ${layers.map(([name, ms]) => `${name} ${ms.toFixed(2)} ms (${pct(ms / msPerCall(msw))})`).join(', ')}`,
  );
  console.log(
    `  ${
      largest === layers[1][0]
        ? 'MSW IS the bottleneck of the bare loop on the mock: its largest cost'
        : `MSW is not the bottleneck of the bare loop on the mock: ${largest} costs more`
    }`,
  );
  if (!harness) return;
  // Estimate: every harness call pays MSW what a bare start pays (its larger bodies pay more).
  const call = msPerCall(harness);
  const now = msPerCall(msw) / call;
  const without = msPerCall(direct) / (call - cost);
  console.log(
    `  in the harness (${call.toFixed(2)} ms a call) MSW is about ${pct(cost / call)} of a call; with MSW gone from both sides` +
      ` the ratio would be about ${without.toFixed(2)} (${now.toFixed(2)} against this part's MSW loop): ${
        without < now
          ? 'MSW is not what keeps the ratio low, the bare loop would gain more'
          : 'MSW is part of what keeps the ratio low'
      }`,
  );
}

/** The harness on the mock under V8's profiler: self time by area and function, and the project's functions by total time. */
async function profile(): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'swfc-bench-profile-')), 'harness-on-mock.cpuprofile');
  const r = await runInChild({ kind: 'harness', target: 'mock', runs: RUNS, profileFile: file });
  const summary = summarizeProfile(file, PROFILE_TOP);
  const table = (costs: ProfileCost[]) =>
    costs.map((c) => `    ${pct(c.share).padStart(6)}  ${c.name}${c.where ? `  ${c.where}` : ''}`).join('\n');
  console.log(
    `profile: harness on the mock, ${r.cases} cases, ${summary.seconds.toFixed(1)} s sampled (${rate(r)} under the profiler); ${file}`,
  );
  console.log(`  self time by area:\n${table(summary.areas.filter((a) => a.share >= 0.005))}`);
  console.log(`  self time by function:\n${table(summary.functions)}`);
  console.log(`  project functions by total time (their own code and all they call):\n${table(summary.projectTotals)}`);
}

console.log(`machine: ${describeMachine()}`);
const busy = busyWarning();
if (busy) console.log(busy);
console.log(
  `harness: every rule, seed 1; raw loop: ${RAW_CALLS} bare StartWorkflowExecution calls; parts: ${PARTS.filter(wanted).join(', ')}`,
);
const started = performance.now();
let mockHarness: BenchResult | undefined;
if (wanted('mock')) mockHarness = await ratioOn('mock');
if (wanted('moto')) {
  if (findMotoCommand()) await ratioOn('moto');
  else console.log('moto: moto server not found, part skipped (pip install "moto[server]")');
}
if (wanted('memory')) await memoryGrowth();
if (wanted('msw')) await mswShare(mockHarness);
if (wanted('profile')) await profile();
console.log(`bench: ${((performance.now() - started) / 1000).toFixed(0)} s; machine at the end: ${describeMachine()}`);
