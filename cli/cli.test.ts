// The command line as a user meets it: a real process through the package's bin, exit codes and files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/load-spec.ts';
import { MOCK_CREDENTIALS } from '../targets/open-target.ts';

const BIN = new URL('./bin.mjs', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = () => mkdtempSync(join(tmpdir(), 'swfc-cli-'));
// Inputs of the wrong kind: a file that is not JSON, and JSON of no shape the harness knows.
const BAD = tmp();
const NOT_JSON = join(BAD, 'not-json.json');
const ODD_JSON = join(BAD, 'odd.json');
writeFileSync(NOT_JSON, 'not json {');
writeFileSync(ODD_JSON, JSON.stringify({ entries: 'none', format: 'other' }));
// Policies the spec cannot judge by: a key it does not know, an operator it does not know.
const policyFile = (name: string, condition: object) => {
  const file = join(BAD, name);
  writeFileSync(
    file,
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'swf:StartWorkflowExecution', Resource: '*', Condition: condition }],
    }),
  );
  return file;
};
const UNKNOWN_KEY = policyFile('unknown-key.json', { StringEquals: { 'swf:input': 'x' } });
const UNKNOWN_OPERATOR = policyFile('unknown-operator.json', { DateGreaterThan: { 'swf:taskList.name': 'x' } });
const SAMPLE_POLICY = fileURLToPath(new URL('../examples/access-policy.json', import.meta.url));

describe('swf-conformance CLI', () => {
  it('--help tells the commands, targets and exit codes', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/swf-conformance run --target mock/);
    expect(r.out).toMatch(/2 +the run could not happen/);
    expect(r.out).toMatch(/130 +interrupted by SIGINT \(Ctrl-C\)/);
    expect(r.out).toMatch(/143 +interrupted by SIGTERM/);
  });

  it.each([
    [['run'], /needs --target/],
    [['run', '--target', 'nowhere'], /unknown target 'nowhere'/],
    [['run', '--target', 'mock', '--bogus'], /Unknown option '--bogus'/],
    [['run', '--target', 'mock', '--runs', 'many'], /--runs must be an integer/],
    [['run', '--target', 'mock', '--call-timeout', '0'], /--call-timeout must be an integer from 1 to 600000, got '0'/],
    [['run', '--target', 'mock', '--concurrency', '0'], /--concurrency must be an integer from 1 to 64, got '0'/],
    // Issue 15: a huge --runs once grew to 4 GB before dying; a huge --call-timeout overflowed Node's timer to 1 ms.
    [
      ['run', '--target', 'mock', '--runs', '1000000000'],
      /--runs must be an integer from 1 to 10000, got '1000000000'/,
    ],
    [
      ['run', '--target', 'mock', '--call-timeout', '99999999999'],
      /--call-timeout must be an integer from 1 to 600000, got '99999999999'/,
    ],
    [['run', '--target', 'mock', '--stateful', '99999999'], /--stateful must be an integer from 0 to 10000/],
    [
      ['run', '--target', 'mock', '--lifecycle-margin', '99999'],
      /--lifecycle-margin must be an integer from 0 to 3600, got '99999'/,
    ],
    [
      ['run', '--target', 'mock', '--family', 'lifecycle', '--lifecycle-margin', 'soon'],
      /--lifecycle-margin must be an integer from 0 to 3600, got 'soon'/,
    ],
    [['record', '--target', 'mock', '--out', join(BAD, 'rec.json'), '--bogus'], /Unknown option '--bogus'/],
    [['compare', '--a', 'mock', '--b', 'mock', '--bogus'], /Unknown option '--bogus'/],
    [['run', '--target', 'mock', '--baseline', NOT_JSON], /^swf-conformance: baseline \S*not-json\.json: .*JSON/],
    [['run', '--target', 'mock', '--baseline', ODD_JSON], /baseline \S*odd\.json: needs an "entries" array/],
    [['run', '--target', 'mock', '--evidence', NOT_JSON], /^swf-conformance: recording \S*not-json\.json: .*JSON/],
    [
      ['run', '--target', 'mock', '--evidence', ODD_JSON],
      /recording \S*odd\.json: not a swf-conformance-recording\/2 file/,
    ],
    [['compare', '--a', 'mock', '--recording', NOT_JSON], /^swf-conformance: recording \S*not-json\.json: .*JSON/],
    [['run', '--target', 'mock', '--spec', NOT_JSON], /^swf-conformance: spec \S*not-json\.json: .*JSON/],
    [['replay', NOT_JSON, 'tagList.maxItems#0.0'], /^swf-conformance: report \S*not-json\.json: .*JSON/],
    [['replay', ODD_JSON, 'tagList.maxItems#0.0'], /odd\.json is not a swf-conformance report\.json/],
    [['run', '--target', 'mock', '--mock-quirk', 'no-such-quirk'], /no-such-quirk/],
    [['run', '--target', 'endpoint'], /needs --endpoint URL/],
    [['run', '--target', 'mock', '--update-baseline'], /--update-baseline needs --baseline/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['run', '--target', 'mock', '--policy', NOT_JSON], /^swf-conformance: policy \S*not-json\.json: .*JSON/],
    [['run', '--target', 'mock', '--policy', ODD_JSON], /policy \S*odd\.json: unknown element 'entries'/],
    [['run', '--target', 'mock', '--policy', join(BAD, 'absent.json')], /policy \S*absent\.json: ENOENT/],
    [['run', '--target', 'mock', '--policy', UNKNOWN_KEY], /unknown condition key 'swf:input'/],
    [['run', '--target', 'mock', '--policy', UNKNOWN_OPERATOR], /unknown condition operator 'DateGreaterThan'/],
    [
      ['run', '--target', 'mock', '--open-execution-quota', '0'],
      /--open-execution-quota must be an integer from 1 to 100000, got '0'/,
    ],
    [['run', '--target', 'mock', '--account', '12'], /--account must be a 12-digit AWS account ID, got '12'/],
    [
      [
        'run',
        '--target',
        'aws',
        '--aws-domain',
        'd',
        '--allow-aws',
        '--policy',
        SAMPLE_POLICY,
        '--aws-role-arn',
        'arn:aws:iam::111111111111:role/r',
        '--account',
        '222222222222',
      ],
      /--account 222222222222 is not the account of --aws-role-arn \(111111111111\)/,
    ],
    [['run', '--target', 'aws', '--aws-role-arn', 'arn:aws:iam::12:user/x'], /--aws-role-arn: not an IAM role ARN/],
    [
      ['run', '--target', 'aws', '--aws-domain', 'd', '--allow-aws', '--policy', SAMPLE_POLICY],
      /--policy on --target aws needs --aws-role-arn/,
    ],
  ])('refuses %j with one line and exit code 2', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('says how to install moto, in one line with exit code 2, where moto is missing', () => {
    const r = spawnSync(process.execPath, [BIN, 'run', '--target', 'moto'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: dirname(process.execPath) },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/pip install "moto\[server\]".*--target mock/);
  });

  it('names an unreachable endpoint in one line with exit code 2', () => {
    const r = cli('run', '--target', 'endpoint', '--endpoint', 'http://127.0.0.1:1');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/unreachable/);
    expect(r.err).toContain('http://127.0.0.1:1');
  });

  it('refuses a malformed baseline with one line and exit code 2', () => {
    const file = join(tmp(), 'baseline.json');
    writeFileSync(
      file,
      JSON.stringify({ entries: [{ rule: 'tagList.maxItems', kind: 'sort-of', target: 'mock', reason: 'x' }] }),
    );
    const r = cli('run', '--target', 'mock', '--baseline', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/entries\[0\]\.kind/);
  });

  it('refuses a spec file that breaks its schema with one line and exit code 2', () => {
    const dir = tmp();
    const spec = JSON.parse(readFileSync(new URL('../spec/start-workflow-execution.json', import.meta.url), 'utf8'));
    spec.rules[0].expect = { reject: {} };
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    const r = cli('run', '--target', 'mock', '--spec', join(dir, 'spec.json'));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/spec .*rules\/0\/expect/);
  });

  it('--stateful adds model-based sequences to the run and fails it on the shortest sequence out of step', () => {
    const out = tmp();
    const r = cli(
      'run',
      '--target',
      'mock',
      '--mock-quirk',
      'terminate-keeps-open',
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--seed',
      '5',
      '--stateful',
      '40',
      '--out',
      out,
      '--quiet',
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/stateful: .*Terminate\(.*expected CLOSED/);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).stateful.failure.length).toBeLessThanOrEqual(4);
  });

  it('fails a run in which a rule got no case', () => {
    const dir = tmp();
    const spec = JSON.parse(readFileSync(new URL('../spec/start-workflow-execution.json', import.meta.url), 'utf8'));
    // An effect rule filed under tag-list: tag-list's cases are all refused, so nothing ever checks it.
    const effect = spec.rules.find((r: { id: string }) => r.id === 'effects.input');
    spec.rules.push({ ...effect, id: 'effects.inputAgain', family: 'tag-list' });
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    const r = cli(
      'run',
      '--target',
      'mock',
      '--spec',
      join(dir, 'spec.json'),
      '--family',
      'tag-list',
      '--runs',
      '2',
      '--out',
      join(dir, 'out'),
      '--quiet',
    );
    expect(r.out).toMatch(/rules without any case: effects.inputAgain/);
    expect(r.code).toBe(1);
  });

  it('runs the whole contract on the mock by default: at least 1000 cases, every rule covered but those needing --policy or a quota, exit 0', () => {
    const out = tmp();
    const r = cli('run', '--target', 'mock', '--seed', '7', '--out', out, '--quiet');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ target: 'mock', seed: 7, summary: { divergences: 0 } });
    expect(report.summary.cases).toBeGreaterThanOrEqual(1000);
    const covered = new Map(report.rules.map((x: { id: string; cases: number }) => [x.id, x.cases]));
    // Access rules judge by the caller's policy and limits rules need the quota: without them they are listed, with why.
    const notRun = new Map(report.notRun.map((x: { rule: string; reason: string }) => [x.rule, x.reason]));
    for (const rule of loadSpec().rules) {
      if (rule.family === 'access') expect(notRun.get(rule.id), rule.id).toMatch(/no --policy given/);
      else if (rule.family === 'limits')
        expect(notRun.get(rule.id), rule.id).toMatch(/no --open-execution-quota given/);
      else expect(covered.get(rule.id) ?? 0, rule.id).toBeGreaterThan(0);
    }
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/0 divergences/);
    for (const text of [JSON.stringify(report), md, r.out]) {
      expect(text).not.toContain(MOCK_CREDENTIALS.secretAccessKey);
      expect(text).not.toContain(MOCK_CREDENTIALS.accessKeyId);
    }
  });

  it('runs family access with --policy and family limits with --open-execution-quota on the mock: exit 0; a key the mock ignores exits 1, named', () => {
    const out = tmp();
    const ok = cli(
      'run',
      '--target',
      'mock',
      '--family',
      'access',
      '--family',
      'limits',
      '--policy',
      SAMPLE_POLICY,
      '--open-execution-quota',
      '3',
      '--runs',
      '8',
      '--seed',
      '4',
      '--out',
      out,
      '--quiet',
    );
    expect(ok.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.rules.find((r: { id: string }) => r.id === 'limits.openExecutions').cases).toBe(8);
    expect(report.rules.find((r: { id: string }) => r.id === 'access.taskList.name').cases).toBe(8);
    expect(report).toMatchObject({
      quotas: { openExecutionsPerDomain: 3 },
      caller: { arn: { account: '123456789012' } },
    });
    const brokenOut = tmp();
    const broken = cli(
      'run',
      '--target',
      'mock',
      '--family',
      'access',
      '--policy',
      SAMPLE_POLICY,
      '--mock-quirk',
      'policy-ignores-workflowType.name',
      '--runs',
      '8',
      '--seed',
      '4',
      '--out',
      brokenOut,
      '--quiet',
    );
    expect(broken.code).toBe(1);
    const found = JSON.parse(readFileSync(join(brokenOut, 'report.json'), 'utf8')).divergences;
    expect([...new Set(found.map((d: { rule: string; kind: string }) => `${d.rule} ${d.kind}`))]).toEqual([
      'access.workflowType.name accepted-invalid',
    ]);
    expect(readFileSync(join(brokenOut, 'report.md'), 'utf8')).toMatch(
      /why: the target allowed it as if swf:workflowType\.name were not in the request context/,
    );
  });

  it.each([
    ['run', '--help'],
    ['report', 'diff', '--help'],
    ['compare', '-h'],
    ['replay', '--help'],
  ])('%s %s prints the help and exits 0', (...args) => {
    const r = cli(...args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/swf-conformance report diff OLD NEW/);
    expect(r.out).toMatch(/^ {2}report diff {2,}Compares two reports/m);
  });

  it('takes a negative --seed, as its range says', () => {
    const out = tmp();
    const r = cli(
      'run',
      '--target',
      'mock',
      '--family',
      'tag-list',
      '--runs',
      '1',
      '--seed',
      '-5',
      '--out',
      out,
      '--quiet',
    );
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).seed).toBe(-5);
  });

  it("judges the policy's ARNs in --account: the mock (account 123456789012) refuses what a policy for another account does not allow", () => {
    const policy = join(tmp(), 'account-policy.json');
    writeFileSync(
      policy,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'swf:StartWorkflowExecution',
            Resource: 'arn:aws:swf:*:000000000000:/domain/*',
            Condition: { StringLikeIfExists: { 'swf:taskList.name': 'orders-*' } },
          },
        ],
      }),
    );
    const args = [
      'run',
      '--target',
      'mock',
      '--family',
      'access',
      '--policy',
      policy,
      '--runs',
      '5',
      '--seed',
      '2',
      '--quiet',
    ];
    const told = tmp();
    expect(cli(...args, '--account', '000000000000', '--out', told).code).toBe(1);
    const report = JSON.parse(readFileSync(join(told, 'report.json'), 'utf8'));
    expect(report.caller.arn.account).toBe('000000000000');
    expect(new Set(report.divergences.map((d: { kind: string }) => d.kind))).toEqual(new Set(['rejected-valid']));
    // Judged in the mock's own account, the policy allows nothing there: no case is expected to pass, none does.
    const own = tmp();
    expect(cli(...args, '--out', own).code).toBe(0);
  });

  it('exits 1 and names the rule when the target diverges', () => {
    const out = tmp();
    const r = cli(
      'run',
      '--target',
      'mock',
      '--mock-quirk',
      'accept-six-tags',
      '--family',
      'tag-list',
      '--runs',
      '5',
      '--seed',
      '3',
      '--out',
      out,
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/accepted-invalid: 5/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    // Three listed, the other two counted into the first: every count says five.
    expect(report.divergences.map((d: { rule: string }) => d.rule)).toEqual(Array(3).fill('tagList.maxItems'));
    expect(report.divergences[0].repeats).toBe(2);
    expect(report.summary.divergences).toBe(5);
    expect(report.divergences[0].replay).toEqual({
      rule: 'tagList.maxItems',
      seed: 3,
      path: '0',
      runTag: 'swfc-3',
      target: 'mock+accept-six-tags',
    });
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/### tagList.maxItems#0.0: accepted-invalid/);

    // Replay in a fresh process against a fresh (equally broken) mock, then against a faithful one.
    const again = cli('replay', join(out, 'report.json'), 'tagList.maxItems#2.0');
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/reproduced on mock\+accept-six-tags: tagList.maxItems accepted-invalid/);
    // One the report does not list (folded into the first's repeats) is found in results.jsonl.
    const folded = cli('replay', join(out, 'report.json'), 'tagList.maxItems#4.0');
    expect(folded.code).toBe(1);
    expect(folded.out).toMatch(/reproduced on mock\+accept-six-tags: tagList.maxItems accepted-invalid/);
    const faithful = cli('replay', join(out, 'report.json'), 'tagList.maxItems#2.0', '--target', 'mock');
    expect(faithful.code).toBe(0);
    expect(faithful.out).toMatch(/not reproduced on mock/);
    // Case 1's request is small enough to paste; case 2's holds a 32 KB input, stored clipped: its replay regenerates it.
    expect(report.divergences[1].reproduce.curl).toContain(
      'X-Amz-Target: SimpleWorkflowService.StartWorkflowExecution',
    );
    expect(report.divergences[1].reproduce.typescript).toContain('new StartWorkflowExecutionCommand(request');
    expect(report.divergences[2].request.input).toMatchObject({ clipped: true });
    expect(report.divergences[2].reproduce.curl).toContain(
      `npx swf-conformance replay ${join(out, 'report.json')} 'tagList.maxItems#2.0'`,
    );
  });

  it('refuses to replay a divergence the report does not have', () => {
    const out = tmp();
    expect(
      cli('run', '--target', 'mock', '--family', 'tag-list', '--runs', '1', '--seed', '1', '--out', out, '--quiet')
        .code,
    ).toBe(0);
    const r = cli('replay', join(out, 'report.json'), 'nope#1.0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/has no divergence 'nope#1.0'/);
  });

  it('refuses a malformed recording with one line and exit code 2', () => {
    const file = join(tmp(), 'rec.json');
    writeFileSync(file, JSON.stringify({ format: 'something-else' }));
    const r = cli('compare', '--a', 'mock', '--recording', file);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/not a swf-conformance-recording\/2 file/);
  });
});
