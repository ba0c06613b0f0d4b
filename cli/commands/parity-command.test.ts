// `parity` as the CLI runs it (in this process): one-line errors with exit 2, and the report files it writes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../run-in-process.test-support.ts';
import { INTERACTIONS_FORMAT } from '../../recordings/interaction-recording.ts';

const dir = mkdtempSync(join(tmpdir(), 'swfc-parity-cli-'));
const write = (name: string, data: unknown) => (writeFileSync(join(dir, name), JSON.stringify(data)), join(dir, name));
const start = {
  id: '0:0',
  operation: 'StartWorkflowExecution',
  request: {
    target: 'SimpleWorkflowService.StartWorkflowExecution',
    contentType: 'application/x-amz-json-1.0',
    body: { json: { domain: 'nowhere', workflowId: 'w', workflowType: { name: 't', version: '1' } } },
  },
  response: {
    status: 400,
    contentType: 'application/x-amz-json-1.0',
    body: { json: { __type: 'com.amazonaws.swf.base.model#UnknownResourceFault', message: 'Unknown domain: nowhere' } },
  },
};
const GOOD = write('good.json', {
  format: INTERACTIONS_FORMAT,
  sources: [{ file: 'x', kind: 'har', interactions: 1, skipped: 0 }],
  interactions: [start],
});

const cli = runInProcess;

describe('swf-conformance parity', () => {
  it.each([
    [['--target', 'mock'], /^swf-conformance: parity needs one RECORDING/],
    [[GOOD], /^swf-conformance: parity needs --target/],
    [[GOOD, '--target', 'aws'], /^swf-conformance: parity does not replay against aws/],
    [[join(dir, 'absent.json'), '--target', 'mock'], /absent\.json/],
    [
      [(writeFileSync(join(dir, 'c.yaml'), 'interactions: []\n'), join(dir, 'c.yaml')), '--target', 'mock'],
      /c\.yaml: .*import it first: swf-conformance import FILE --out RECORDING\)$/,
    ],
    [
      [write('own.json', { format: 'swf-conformance-recording/2', cases: [] }), '--target', 'mock'],
      /not a swf-conformance-interactions\/1 file \(make one with swf-conformance import\)$/,
    ],
    [
      [write('odd.json', { format: INTERACTIONS_FORMAT, sources: [], interactions: [{ id: 1 }] }), '--target', 'mock'],
      /interactions\[0\] needs id, operation/,
    ],
    [
      [GOOD, '--target', 'mock', '--out', join((writeFileSync(join(dir, 'a-file'), ''), join(dir, 'a-file')), 'out')],
      /^swf-conformance: --out \S+: cannot write there \((EEXIST|ENOTDIR)/,
    ],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const r = await cli('parity', ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it('exits 0 when every answer agrees, and writes report.json, report.md, report.html and junit.xml', async () => {
    const out = join(dir, 'out-good');
    const r = await cli('parity', GOOD, '--target', 'mock', '--out', out);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/^parity mock against \S+good\.json: 0 differences in 0 of 1 replayed answers/);
    for (const f of ['report.json', 'report.md', 'report.html', 'junit.xml'])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(
      /<testcase classname="parity\.mock\.StartWorkflowExecution" name="0:0"/,
    );
  });

  it('exits 1 on a difference and names it', async () => {
    const changed = write('changed.json', {
      format: INTERACTIONS_FORMAT,
      sources: [],
      interactions: [
        {
          ...start,
          response: { ...start.response, body: { json: { __type: 'x#ValidationException', message: 'm' } } },
        },
      ],
    });
    const r = await cli('parity', changed, '--target', 'mock', '--out', join(dir, 'out-changed'));
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/StartWorkflowExecution error-type __type: 1/);
  });
});
