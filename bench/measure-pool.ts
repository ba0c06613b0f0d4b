import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Goals } from './goals.ts';
import { timeCli } from './time-cli.ts';
import { withTempDir } from './with-temp-dir.ts';
import { sameFindings } from '../reports/same-findings.ts';

const BASELINE = new URL('../baselines/moto-5.2.1.json', import.meta.url).pathname;
const GOAL_SECONDS = 40;

/** What a run found, as suites/moto.test.ts compares a pool's with one server's (lifecycle: by tallies and kinds). */
const findingsOf = (dir: string): string =>
  JSON.stringify(sameFindings(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))));

/** The default full moto run (every family, the committed baseline), on one managed moto server and on a pool of N. */
export async function measurePool(goals: Goals): Promise<void> {
  const pool = availableParallelism();
  const seconds: Record<number, number> = {};
  const found: Record<number, string> = {};
  for (const servers of [1, pool]) {
    // A full run's reports are about 11 MB: only its findings are kept.
    await withTempDir(`swfc-bench-pool-${servers}-`, async (out) => {
      const args = ['run', '--target', 'moto', '--seed', '1', '--baseline', BASELINE, '--quiet', '--out', out];
      seconds[servers] = (await timeCli([...args, '--moto-servers', String(servers)])).seconds;
      found[servers] = findingsOf(out);
    });
  }
  const same = found[1] === found[pool];
  console.log(
    `pool: the default moto run (every family, --baseline baselines/moto-5.2.1.json, seed 1): ${seconds[1].toFixed(1)} s on 1 server,` +
      ` ${seconds[pool].toFixed(1)} s with --moto-servers ${pool} (the default here): ratio ${(seconds[1] / seconds[pool]).toFixed(2)};` +
      ` findings ${same ? 'identical' : 'DIFFERENT'}`,
  );
  goals.check(
    `the default moto run with --moto-servers ${pool}`,
    `${seconds[pool].toFixed(1)} s`,
    `under ${GOAL_SECONDS} s`,
    seconds[pool] < GOAL_SECONDS,
  );
  goals.check('its findings against one server', same ? 'identical' : 'different', 'identical', same);
}
