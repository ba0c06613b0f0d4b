// The aws target's safety rules, proven against a moto server standing in for AWS (--aws-endpoint): consent flags,
// one domain only, nothing left behind after a normal end, a failure, SIGINT (with its partial report) or a killed run,
// and no secret written.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ListClosedWorkflowExecutionsCommand,
  ListDomainsCommand,
  ListOpenWorkflowExecutionsCommand,
  ListWorkflowTypesCommand,
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
} from '@aws-sdk/client-swf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { openTarget } from '../targets/open-target.ts';
import { runConformance } from '../runner/run-conformance.ts';
import { freePort } from '../targets/moto/free-port.ts';
import { waitUntilReady } from '../targets/moto/wait-until-ready.ts';
import { MOTO_AVAILABLE } from './moto-available.ts';
import { openMockSwf } from '../targets/mock/open-mock-swf.ts';

const BIN = new URL('../cli/bin.mjs', import.meta.url).pathname;
const SECRET = 'aws-safety-secret-marker-7f3a';
const KEY_ID = 'AKIASAFETYMARKER0001';
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: KEY_ID,
  AWS_SECRET_ACCESS_KEY: SECRET,
  AWS_SESSION_TOKEN: 'session-token-marker-9c1d',
};
// Families that do not break moto itself (a non-numeric timeout does), so that it can stand in for AWS throughout.
const SAFE_FAMILIES = ['tag-list', 'defaults', 'resources', 'workflow-id-reuse', 'effects'].flatMap((f) => [
  '--family',
  f,
]);

describe('run --target aws refuses without consent', () => {
  it.each([[[]], [['--aws-domain', 'd']], [['--allow-aws']]])('with %j: one line, exit 2', (extra) => {
    const r = spawnSync(
      process.execPath,
      [
        BIN,
        'run',
        '--target',
        'aws',
        ...extra,
        '--aws-endpoint',
        'http://127.0.0.1:1',
        '--out',
        mkdtempSync(join(tmpdir(), 'swfc-consent-')),
      ],
      { encoding: 'utf8', env },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/needs both --aws-domain NAME and --allow-aws/);
  });
});

// Skipped, with a console warning from moto-available.ts, only outside CI on a machine without moto.
describe.runIf(MOTO_AVAILABLE)('the aws target against a moto standing in for AWS', () => {
  let moto: ChildProcess;
  let endpoint: string;
  let swf: SWFClient;
  const out = mkdtempSync(join(tmpdir(), 'swfc-aws-'));

  beforeAll(async () => {
    // The in-process aws target reads the default credential chain, as it would for real.
    process.env.AWS_ACCESS_KEY_ID ??= 'testing';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'testing';
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    await waitUntilReady(`${endpoint}/moto-api/data.json`, 30_000);
    swf = new SWFClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    // Someone's own domain, with a type and a running execution, that no run may touch.
    await swf.send(new RegisterDomainCommand({ name: 'precious', workflowExecutionRetentionPeriodInDays: '1' }));
    await swf.send(
      new RegisterWorkflowTypeCommand({
        domain: 'precious',
        name: 'billing',
        version: '1',
        defaultTaskList: { name: 't' },
        defaultChildPolicy: 'ABANDON',
        defaultExecutionStartToCloseTimeout: '600',
        defaultTaskStartToCloseTimeout: '60',
      }),
    );
    await swf.send(
      new StartWorkflowExecutionCommand({
        domain: 'precious',
        workflowId: 'invoice-1',
        workflowType: { name: 'billing', version: '1' },
      }),
    );
  });
  afterAll(() => {
    swf?.destroy();
    moto?.kill('SIGKILL');
  });

  const since = { oldestDate: new Date(0) };
  const state = async (domain: string) => ({
    open:
      (await swf.send(new ListOpenWorkflowExecutionsCommand({ domain, startTimeFilter: since }))).executionInfos
        ?.length ?? 0,
    swfcTypes: (
      (await swf.send(new ListWorkflowTypesCommand({ domain, registrationStatus: 'REGISTERED' }))).typeInfos ?? []
    ).filter((t) => t.workflowType?.version?.startsWith('swfc-')).length,
  });
  const preciousUntouched = async () => {
    expect(await state('precious')).toEqual({ open: 1, swfcTypes: 0 });
    expect(
      (await swf.send(new ListClosedWorkflowExecutionsCommand({ domain: 'precious', startTimeFilter: since })))
        .executionInfos ?? [],
    ).toEqual([]);
    const domains = (await swf.send(new ListDomainsCommand({ registrationStatus: 'REGISTERED' }))).domainInfos
      ?.map((d) => d.name)
      .sort();
    expect(domains).toEqual(['precious', 'team']);
  };
  const awsArgs = (name: string, ...extra: string[]) => [
    BIN,
    'run',
    '--target',
    'aws',
    '--aws-domain',
    'team',
    '--allow-aws',
    '--aws-endpoint',
    endpoint,
    '--aws-rate',
    '100',
    '--seed',
    '3',
    '--out',
    join(out, name),
    ...extra,
  ];

  it('after a normal end: nothing open, every type retired, no other domain touched, no secret written', async () => {
    const r = spawnSync(process.execPath, [...awsArgs('normal'), '--runs', '2', ...SAFE_FAMILIES], {
      encoding: 'utf8',
      env,
      timeout: 300_000,
    });
    expect(r.stderr).not.toMatch(/internal error|closing the target failed/);
    expect([0, 1]).toContain(r.status);
    expect(await state('team')).toEqual({ open: 0, swfcTypes: 0 });
    await preciousUntouched();
    for (const text of [
      readFileSync(join(out, 'normal', 'report.json'), 'utf8'),
      readFileSync(join(out, 'normal', 'report.md'), 'utf8'),
      r.stdout,
      r.stderr,
    ]) {
      for (const secret of [SECRET, KEY_ID, env.AWS_SESSION_TOKEN]) expect(text).not.toContain(secret);
    }
  });

  it("with --policy and --aws-role-arn: assumes the role (the stand-in's STS) for the case requests only, and cleans up as usual", async () => {
    const policy = join(out, 'team-policy.json');
    writeFileSync(
      policy,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'swf:StartWorkflowExecution',
            Resource: 'arn:aws:swf:*:*:/domain/team',
            Condition: { StringLikeIfExists: { 'swf:taskList.name': 'orders-*' } },
          },
        ],
      }),
    );
    const r = spawnSync(
      process.execPath,
      [
        ...awsArgs(
          'role',
          '--runs',
          '4',
          '--family',
          'access',
          '--policy',
          policy,
          '--aws-role-arn',
          'arn:aws:iam::123456789012:role/starter',
        ),
      ],
      { encoding: 'utf8', env, timeout: 300_000 },
    );
    expect(r.stderr).not.toMatch(/internal error|closing the target failed/);
    // moto does not enforce the role's policy (it has none there): the starts it refuses are let through, and named.
    expect(r.status).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'role', 'report.json'), 'utf8'));
    expect(report.caller.arn).toEqual({ partition: 'aws', region: 'us-east-1', account: '123456789012' });
    // (Besides moto's usual answer and effect findings, as in every family.)
    const access = report.divergences.filter((d: { rule: string }) => d.rule.startsWith('access.'));
    expect(new Set(access.map((d: { rule: string; kind: string }) => `${d.rule} ${d.kind}`))).toEqual(
      new Set(['access.taskList.name accepted-invalid']),
    );
    expect(await state('team')).toEqual({ open: 0, swfcTypes: 0 });
    await preciousUntouched();
    for (const text of [readFileSync(join(out, 'role', 'report.json'), 'utf8'), r.stdout, r.stderr]) {
      for (const secret of [SECRET, KEY_ID, env.AWS_SESSION_TOKEN]) expect(text).not.toContain(secret);
    }
  });

  it('never sends a case to another domain that exists', async () => {
    const target = await openTarget('aws', { aws: { domain: 'team', allow: true, endpoint, rate: 100 } });
    try {
      const o = await target.start({
        domain: 'precious',
        workflowId: 'invoice-2',
        workflowType: { name: 'billing', version: '1' },
      });
      expect(o).toMatchObject({
        ok: false,
        code: 'NotSent',
        inconclusive: expect.stringContaining("only 'team' may be touched"),
      });
    } finally {
      await target.close();
    }
    await preciousUntouched();
  });

  it('after a failure in the middle of a run: the same clean-up', async () => {
    const target = await openTarget('aws', { aws: { domain: 'team', allow: true, endpoint, rate: 100 } });
    let starts = 0;
    const failing = {
      ...target,
      start: async (r: Parameters<typeof target.start>[0]) => {
        if (++starts === 12) throw new Error('the harness failed here');
        return target.start(r);
      },
    };
    try {
      await expect(
        runConformance({ spec: loadSpec(), target: failing, seed: 4, runs: 10, families: ['workflow-id-reuse'] }),
      ).rejects.toThrow(/harness failed/);
      // The failure came between a duplicate's first start and its second: that first execution is still open.
      expect(await state('team')).toMatchObject({ open: 1, swfcTypes: expect.any(Number) });
      expect((await state('team')).swfcTypes).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
    expect(await state('team')).toEqual({ open: 0, swfcTypes: 0 });
    await preciousUntouched();
  });

  it("after SIGINT: stops, cleans up, writes the partial report and exits 130; a killed run's leftovers are cleaned by the next run first", async () => {
    const interrupted = await runUntilProgress(awsArgs('sigint', '--runs', '25', ...SAFE_FAMILIES), 'SIGINT');
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toMatch(/interrupted by SIGINT/);
    expect(interrupted.stderr).not.toMatch(/internal error|closing the target failed/);
    expect(await state('team')).toEqual({ open: 0, swfcTypes: 0 });
    const report = JSON.parse(readFileSync(join(out, 'sigint', 'report.json'), 'utf8'));
    const streamed = readFileSync(join(out, 'sigint', 'results.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(report.interrupted).toBe('interrupted by SIGINT');
    expect(report.summary.cases).toBe(streamed.length);

    const killed = await runUntilProgress(awsArgs('killed', '--runs', '25', ...SAFE_FAMILIES), 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect((await state('team')).swfcTypes).toBeGreaterThan(0); // left behind by the killed run
    const next = spawnSync(process.execPath, [...awsArgs('next'), '--runs', '1', '--family', 'tag-list'], {
      encoding: 'utf8',
      env,
      timeout: 300_000,
    });
    expect([0, 1]).toContain(next.status);
    expect(await state('team')).toEqual({ open: 0, swfcTypes: 0 });
    await preciousUntouched();
  });
});

/** Starts the CLI, waits for its third progress line, sends a signal, and resolves when it has exited. */
function runUntilProgress(
  args: string[],
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      if (!sent && /\[3\/\d+\]/.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('exit', (code, sig) => resolve({ code, signal: sig, stderr }));
  });
}

describe('the aws target against the in-process mock standing in for AWS, every family', () => {
  it('starts and registers only in its domain, and leaves nothing open or registered there', async () => {
    process.env.AWS_ACCESS_KEY_ID ??= 'testing';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'testing';
    // The mock checks SigV4 signatures: it knows this test's client and the aws target's credentials from the environment.
    const own = { accessKeyId: 'x', secretAccessKey: 'y' };
    const mock = await openMockSwf({
      credentials: [
        own,
        { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY },
      ],
    });
    const swf = new SWFClient({ endpoint: mock.endpoint, region: 'us-east-1', credentials: own });
    await swf.send(new RegisterDomainCommand({ name: 'precious', workflowExecutionRetentionPeriodInDays: '1' }));
    const target = await openTarget('aws', {
      aws: { domain: 'team', allow: true, endpoint: mock.endpoint, rate: 10_000 },
    });
    try {
      const result = await runConformance({ spec: loadSpec(), target, seed: 8, runs: 4 });
      expect(result.cases).toBeGreaterThan(150);
      // Access and limits rules need --policy and a quota, which this run is not given.
      const needFlags = (rule: string) => rule.startsWith('access.') || rule.startsWith('limits.');
      expect(
        result.notRun
          .filter((n) => !needFlags(n.rule))
          .map((n) => n.rule)
          .sort(),
      ).toEqual(['domain.deprecated', 'workflowId.otherDomain']);
      expect(
        result.notRun
          .filter((n) => needFlags(n.rule))
          .every((n) => /^no --(policy|open-execution-quota) given/.test(n.reason)),
      ).toBe(true);
    } finally {
      await target.close();
      swf.destroy();
    }
    try {
      expect([...mock.state.domains.keys()].sort()).toEqual(['precious', 'team']);
      expect(mock.state.domains.get('precious')!.types.size).toBe(0);
      expect(new Set(mock.state.executions.map((e) => e.domain))).toEqual(new Set(['team']));
      expect(mock.state.executions.filter((e) => e.status === 'OPEN')).toEqual([]);
      expect([...mock.state.domains.get('team')!.types.values()].filter((t) => t.status === 'REGISTERED')).toEqual([]);
    } finally {
      await mock.close();
    }
  });
});
