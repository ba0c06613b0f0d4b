// The wire-level suite against moto: the raw inputs that make it answer 5xx are reported, and each one replays.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixtures } from '../targets/create-fixtures.ts';
import { buildWorld } from '../model/build-world.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { freePort } from '../targets/moto/free-port.ts';
import { waitUntilReady } from '../targets/moto/wait-until-ready.ts';
import { SWFClient } from '@aws-sdk/client-swf';
import type { Report } from '../reports/report.ts';
import { MOTO_AVAILABLE } from './moto-available.ts';
import { holdsLargeValues } from '../model/clip-large-values.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--quiet'], { encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe.runIf(MOTO_AVAILABLE)('wire-level cases on moto', () => {
  const out = mkdtempSync(join(tmpdir(), 'swfc-wire-moto-'));
  let report: Report;
  const serverErrors = () => {
    const byRule = new Map(report.divergences.filter((d) => d.kind === 'server-error').map((d) => [d.rule, d]));
    return [...byRule.values()];
  };

  it('reports the raw inputs moto answers with 5xx, a missing required member among them', () => {
    const r = cli('run', '--target', 'moto', '--family', 'wire', '--runs', '4', '--seed', '20261124', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const rules = serverErrors().map((d) => d.rule);
    expect(rules).toContain('wire.json.requiredOmitted');
    expect(rules.length).toBeGreaterThanOrEqual(4);
    for (const d of serverErrors()) {
      expect(d.observed).toMatchObject({ status: 500 });
      expect(d.wire, d.id).toBeDefined();
    }
  });

  it('reproduces each of them with `replay` in a fresh process against a fresh moto', () => {
    for (const d of serverErrors()) {
      const r = cli('replay', join(out, 'report.json'), d.id);
      expect(r.out, d.id).toContain(`reproduced on moto: ${d.rule} server-error`);
      expect(r.code, d.id).toBe(1);
    }
  });

  it("reproduces them with the report's curl command, or names the replay where the request is stored clipped", async () => {
    const port = await freePort();
    const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    const endpoint = `http://127.0.0.1:${port}`;
    try {
      await waitUntilReady(`${endpoint}/moto-api/data.json`, 30_000);
      const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
      const client = new SWFClient({ endpoint, region: 'us-east-1', credentials });
      await createFixtures(client, 'moto', buildWorld(loadSpec(), report.runTag));
      client.destroy();
      // A request holding a value the report stores clipped has no body to paste: its reproduction is the replay (above).
      const clipped = (d: Report['divergences'][number]) => holdsLargeValues(d.request) || holdsLargeValues(d.wire);
      for (const d of report.divergences.filter(clipped))
        expect(d.reproduce!.curl, d.id).toContain(`npx swf-conformance replay ${join(out, 'report.json')} '${d.id}'`);
      // Per rule, a server error whose request the report holds whole.
      const pasteable = [
        ...new Map(
          report.divergences.filter((d) => d.kind === 'server-error' && !clipped(d)).map((d) => [d.rule, d]),
        ).values(),
      ];
      expect(pasteable.length).toBeGreaterThanOrEqual(4);
      for (const d of pasteable) {
        const env = {
          ...process.env,
          SWF_ENDPOINT: endpoint,
          AWS_ACCESS_KEY_ID: 'testing',
          AWS_SECRET_ACCESS_KEY: 'testing',
          AWS_REGION: 'us-east-1',
        };
        // From a file: a body near the clipping limit makes the command longer than one argument may be.
        const script = join(out, 'reproduce.sh');
        writeFileSync(script, d.reproduce!.curl);
        const r = spawnSync('bash', [script], { encoding: 'utf8', env, timeout: 60_000 });
        expect(r.error, d.id).toBeUndefined();
        expect(r.stdout.split('\n')[0], `${d.id}: ${d.reproduce!.curl}`).toMatch(/^HTTP\/1\.[01] 500/);
      }
    } finally {
      moto.kill('SIGKILL');
    }
  });
});
