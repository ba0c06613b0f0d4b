// npm run bench: figures for people to read (README quotes them with the machine), not a test. Each goal of the
// speed issue is printed beside its figure, met or not, and all of them again at the end.
// Every measurement runs in a fresh child process (bench/bench-child.ts), so none inflates the next one's memory.
// A fixed CPU workload is timed at the start and the end (bench/machine-speed.ts): how fast the machine was meanwhile.
// Parts, in order; skip any with BENCH_SKIP, a comma-separated list (BENCH_SKIP=moto,profile):
//   startup     the compiled CLI (built first): --help, and a mock run from spawning to its first case
//   generators  long strings: time per character at growing lengths (linear or not)
//   mock        the harness against its own calls sent again with no harness (what generation, oracle and bookkeeping
//               cost), every family but lifecycle (which waits on timers, timed apart); and against a bare start loop
//   moto        the same on moto server (skipped when moto is not installed)
//   pool        the default full moto run on 1 managed moto server and on --moto-servers N (the cores): times, ratio,
//               and whether their findings are identical
//   memory      the harness on the mock at about 1,000 and about 10,000 cases: peak heap and resident memory, ratio
//   msw         the bare loop on the mock through MSW against the same mock called in-process: MSW's share of a call
//   profile     a CPU profile of the harness's run on the mock (V8's sampler, as node --cpu-prof): where time goes
// Sizes: BENCH_RUNS (10: cases a rule for mock, moto and profile), BENCH_RAW_CALLS (1000: calls of each bare loop),
// BENCH_MEMORY_RUNS ("15,145": 1035 and 10005 cases), BENCH_MSW_ROUNDS (3: alternations, the fastest of each kept),
// BENCH_PROFILE_TOP (15: lines of each profile table), BENCH_RATIO_PAIRS (3: harness and bare runs in turn for the
// mock and moto ratios, the median kept). All parts take about 8 minutes on a 2-core machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMotoCommand } from '../targets/moto/find-moto-command.ts';
import type { BenchResult } from './bench-job.ts';
import { busyWarning, describeMachine } from './describe-machine.ts';
import { runInChild } from './run-in-child.ts';
import { withTempDir } from './with-temp-dir.ts';
import { median } from './time-cli.ts';
import { createGoals } from './goals.ts';
import { figureNearGoal } from './figure-near-goal.ts';
import { measureStartup } from './measure-startup.ts';
import { measurePool } from './measure-pool.ts';
import { measureGenerators } from './measure-generators.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { summarizeProfile, type ProfileCost } from './summarize-profile.ts';

const PARTS = ['startup', 'generators', 'mock', 'moto', 'pool', 'memory', 'msw', 'profile'] as const;
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
const RATIO_PAIRS = Number(process.env.BENCH_RATIO_PAIRS ?? 3);

const mb = (n: number) => `${n.toFixed(0)} MB`;
// Peak memory at about ten times the cases may be at most this many times the smaller run's.
const MEMORY_GOAL = 1.15;
const goals = createGoals();
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const memory = (r: BenchResult) =>
  `peak ${mb(r.peakRssMb)} resident, ${mb(r.peakHeapMb)} heap (${mb(r.keptHeapMb)} kept after GC)`;
const rate = (r: BenchResult) => `${r.callsPerSecond.toFixed(0)} calls/s`;
const msPerCall = (r: BenchResult) => (r.seconds * 1000) / r.calls;

// The lifecycle family waits on the target's timers (a time-out must pass before what follows it can be seen): its
// wall time is the contract's, not the harness's, so the ratios leave it out and it is timed apart.
const NOT_TIMED = new Set(['lifecycle']);
const TIMELESS = [...new Set(loadSpec().rules.map((r) => r.family))].filter((f) => !NOT_TIMED.has(f));
const RATIO_GOAL = { mock: 0.8, moto: 0.9 } as const;

/** One harness run recording its calls, then those calls sent again through a fresh target with no harness. */
async function harnessThenBare(target: 'mock' | 'moto') {
  // The calls file is about 30 MB: removed once replayed.
  return withTempDir('swfc-bench-calls-', async (dir) => {
    const callsFile = join(dir, 'calls.json');
    const harness = await runInChild({ kind: 'harness', target, runs: RUNS, families: TIMELESS, recordTo: callsFile });
    const bare = await runInChild({ kind: 'replay', target, callsFile });
    return { harness, bare, ratio: harness.callsPerSecond / bare.callsPerSecond };
  });
}

/** The harness against its own calls sent bare (and against a loop of small starts) on one kind of target. */
async function ratioOn(target: 'mock' | 'moto'): Promise<BenchResult> {
  const raw = await runInChild({ kind: 'raw', target, calls: RAW_CALLS, via: 'msw' });
  // Pairs run in turn, the median pair kept: one pair of a few seconds each moves by more than the goal's margin.
  const pairs = [];
  for (let i = 0; i < RATIO_PAIRS; i++) pairs.push(await harnessThenBare(target));
  const ratio = median(pairs.map((p) => p.ratio));
  const { harness: h, bare: same } = pairs.find((p) => p.ratio === ratio)!;
  const life = await runInChild({ kind: 'harness', target, runs: RUNS, families: ['lifecycle'] });
  const all = pairs.map((p) => p.ratio.toFixed(2)).join(', ');
  const shown = figureNearGoal(ratio, RATIO_GOAL[target]);
  console.log(
    `${target}: harness ${h.calls} calls for ${h.cases} cases (every family but lifecycle) in ${h.seconds.toFixed(1)} s = ${rate(h)} (${(h.cases! / h.seconds).toFixed(0)} cases/s);` +
      ` the same calls sent again with no harness ${same.seconds.toFixed(1)} s = ${rate(same)}: ratio ${shown}` +
      ` (the median of ${pairs.length} pairs run in turn: ${all});` +
      (ratio < 1
        ? ` generation, oracle and bookkeeping are ${pct(1 - ratio)} of the harness's time`
        : ` the harness was no slower than its calls sent bare: its own share is within the noise`),
  );
  goals.check(
    `${target}: the harness against its own calls sent bare`,
    shown,
    `at least ${RATIO_GOAL[target]}`,
    ratio >= RATIO_GOAL[target],
  );
  console.log(
    `  against a loop of ${RAW_CALLS} small bare starts (${rate(raw)}): ratio ${(h.callsPerSecond / raw.callsPerSecond).toFixed(2)} (the harness's calls are heavier: 32 KB inputs, 1 MB bodies, reads of effects)`,
  );
  console.log(
    `  the lifecycle family apart: ${life.cases} cases, ${life.calls} calls in ${life.seconds.toFixed(1)} s, most of it waiting on the target's timers`,
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
  const flat = (x: number) => (x <= MEMORY_GOAL ? 'flat' : 'NOT flat');
  const whole = Math.max(times('peakRssMb'), times('peakHeapMb'));
  console.log(
    `memory, ${b.cases} against ${a.cases} cases (${(b.cases! / a.cases!).toFixed(1)}x): peak resident x${times('peakRssMb').toFixed(2)},` +
      ` peak heap x${times('peakHeapMb').toFixed(2)}, kept heap x${times('keptHeapMb').toFixed(2)} (${perThousand('keptHeapMb')} MB more per 1,000 cases): ${flat(whole)}`,
  );
  console.log(
    `  without the mock's executions (it keeps the latest 200 to 220 closed ones, a stand-in for SWF's retention period): x${times('keptWithoutTargetMb').toFixed(2)}` +
      ` (${perThousand('keptWithoutTargetMb')} MB more per 1,000 cases): the harness's own memory is ${flat(times('keptWithoutTargetMb'))}`,
  );
  for (const key of ['peakRssMb', 'peakHeapMb'] as const)
    goals.check(
      `peak ${key === 'peakRssMb' ? 'resident memory' : 'heap'} at ${b.cases} cases against ${a.cases}`,
      `x${figureNearGoal(times(key), MEMORY_GOAL)}`,
      `at most x${MEMORY_GOAL}`,
      times(key) <= MEMORY_GOAL,
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
// The start-up part times the compiled CLI: built afresh, so that it is the code of this checkout.
if (wanted('startup') || wanted('pool')) execFileSync(process.execPath, ['build/build.mjs'], { stdio: 'inherit' });
if (wanted('startup')) await measureStartup(goals);
if (wanted('generators')) measureGenerators(goals);
let mockHarness: BenchResult | undefined;
if (wanted('mock')) mockHarness = await ratioOn('mock');
if (wanted('moto')) {
  if (findMotoCommand()) await ratioOn('moto');
  else console.log('moto: moto server not found, part skipped (pip install "moto[server]")');
}
if (wanted('pool')) {
  if (findMotoCommand()) await measurePool(goals);
  else console.log('pool: moto server not found, part skipped (pip install "moto[server]")');
}
if (wanted('memory')) await memoryGrowth();
if (wanted('msw')) await mswShare(mockHarness);
if (wanted('profile')) await profile();
console.log(`bench: ${((performance.now() - started) / 1000).toFixed(0)} s; machine at the end: ${describeMachine()}`);
for (const line of goals.summary()) console.log(line);
