// `import` as the CLI runs it (in this process): exit codes, one-line errors, the summary, and no secret in the output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../run-in-process.test-support.ts';
import { INTERACTIONS_FORMAT, type InteractionRecording } from '../../recordings/interaction-recording.ts';

const FIXTURES = new URL('../../recordings/fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'swfc-import-cli-'));
const HAR = join(FIXTURES, 'own/sdk-calls.har');
const BOTO3 = join(FIXTURES, 'own/sdk-boto3-cassette.yaml');
const BOTO2 = join(FIXTURES, 'simpleflow/test_simpleflow_workflow_start.yaml');

const cli = runInProcess;

describe('swf-conformance import', () => {
  it.each([
    [[], /^swf-conformance: import needs at least one FILE/],
    [[HAR], /^swf-conformance: import needs --out RECORDING/],
    [[join(dir, 'absent.har'), '--out', join(dir, 'x.json')], /absent\.har: cannot read it \(ENOENT\)$/],
    [
      [
        (writeFileSync(join(dir, 'bad.yaml'), 'interactions: [\n  - {'), join(dir, 'bad.yaml')),
        '--out',
        join(dir, 'x.json'),
      ],
      /bad\.yaml: neither JSON nor a YAML cassette/,
    ],
    [
      [
        (writeFileSync(join(dir, 'empty.yaml'), 'interactions: []\nversion: 1\n'), join(dir, 'empty.yaml')),
        '--out',
        join(dir, 'x.json'),
      ],
      /empty\.yaml: no SWF interaction in it \(0 entries skipped\)$/,
    ],
    [
      [HAR, '--out', join((writeFileSync(join(dir, 'a-file'), ''), join(dir, 'a-file')), 'out.json')],
      /^swf-conformance: --out \S+out\.json: its folder \S+a-file: cannot write there \((EEXIST|ENOTDIR)/,
    ],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const r = await cli('import', ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it('imports a HAR file, a boto3 and a boto2 cassette into a loadable file without credentials, and says what it kept', async () => {
    const out = join(dir, 'imported.json');
    const r = await cli('import', HAR, BOTO3, BOTO2, '--out', out);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.out).toMatch(/sdk-calls\.har \(har\): 5 interactions kept, 1 entries skipped/);
    expect(r.out).toMatch(/sdk-boto3-cassette\.yaml \(vcr-yaml\): 4 interactions kept, 1 entries skipped/);
    expect(r.out).toMatch(/test_simpleflow_workflow_start\.yaml \(vcr-yaml\): 4 interactions kept, 0 entries skipped/);
    expect(r.out).toMatch(new RegExp(`imported 13 interactions from 3 files: ${out}$`));
    const text = readFileSync(out, 'utf8');
    const recording = JSON.parse(text) as InteractionRecording;
    expect(recording.format).toBe(INTERACTIONS_FORMAT);
    for (const leak of [
      'AKIAIOSFODNN7EXAMPLE',
      'Signature=',
      'Credential=',
      '5d672d79c15b',
      'FwoGZXIvYXdzEXAMPLE',
      'wJalrXUtnFEMI',
      'AAAAKgAAAAIAAAAAAAAAA2x8',
      'Authorization',
      'authorization',
      'x-amzn-RequestId',
      'User-Agent',
    ]) {
      expect(text).not.toContain(leak);
    }
    expect(text).toContain('<taskToken:1>');
  });

  it('imports a recording made by record --target mock, and merges it with an earlier import', async () => {
    const rec = join(dir, 'rec.json');
    expect(
      (
        await cli(
          'record',
          '--target',
          'mock',
          '--out',
          rec,
          '--seed',
          '7',
          '--runs',
          '1',
          '--family',
          'workflow-id-reuse',
          '--quiet',
        )
      ).code,
    ).toBe(0);
    const first = join(dir, 'first.json');
    expect((await cli('import', HAR, '--out', first)).code).toBe(0);
    const out = join(dir, 'merged.json');
    const r = await cli('import', rec, first, '--out', out);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.out).toMatch(/rec\.json \(swf-conformance-recording\): \d+ interactions kept/);
    expect(r.out).toMatch(/first\.json \(swf-conformance-interactions\): 5 interactions kept, 1 entries skipped/);
    const merged = JSON.parse(readFileSync(out, 'utf8')) as InteractionRecording;
    expect(merged.sources.map((s) => s.kind)).toEqual(['swf-conformance-recording', 'har']);
    const runIds = merged.interactions
      .map((i) => (i.response.body.json as { runId?: string } | undefined)?.runId)
      .filter((id) => id?.startsWith('<runId:'));
    expect(runIds.length).toBeGreaterThan(2);
    expect(new Set(runIds).size).toBe(runIds.length);
    expect(merged.interactions.some((i) => i.operation === 'TerminateWorkflowExecution')).toBe(true);
  }, 120_000);
});
