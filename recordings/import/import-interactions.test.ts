import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../spec/load-spec.ts';
import { RECORDING_FORMAT } from '../recording.ts';
import { importInteractions } from './import-interactions.ts';
import { fixturePath } from './fixture-path.test-support.ts';

const dir = mkdtempSync(join(tmpdir(), 'swfc-import-'));
const options = { spec: () => loadSpec(), cwd: dir };
const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
const own = (name: string) =>
  file(
    name,
    JSON.stringify({
      format: RECORDING_FORMAT,
      target: 'mock',
      seed: 1,
      runs: 1,
      runTag: 't',
      families: [],
      cases: [
        {
          key: 'gone#0',
          rule: 'gone',
          path: '0',
          request: { domain: 'd' },
          trace: [{ call: 'request', observed: { ok: true, status: 200, runId: '<runId:1>' } }],
        },
      ],
    }),
  );

describe('importInteractions', () => {
  it('merges files in the order given, ids <source>:<entry>, names relative inside the folder or base names outside', () => {
    const { recording, summaries } = importInteractions(
      [fixturePath('own/sdk-calls.har'), fixturePath('simpleflow/test_child_workflow.yaml')],
      options,
    );
    expect(recording.sources).toEqual([
      { file: 'sdk-calls.har', kind: 'har', interactions: 5, skipped: 1 },
      { file: 'test_child_workflow.yaml', kind: 'vcr-yaml', interactions: 5, skipped: 0 },
    ]);
    expect(recording.interactions.map((i) => i.id)).toEqual([
      '0:0',
      '0:1',
      '0:2',
      '0:3',
      '0:4',
      '1:0',
      '1:1',
      '1:2',
      '1:3',
      '1:4',
    ]);
    expect(summaries.map((s) => s.kind)).toEqual(['har', 'vcr-yaml']);
    expect(importInteractions([own('inside.json')], options).recording.sources[0].file).toBe('inside.json');
  });

  it('keeps runIds of two harness recordings apart and tokens of two imports apart when merging imports', () => {
    const runIds = importInteractions([own('a.json'), own('b.json')], options).recording.interactions.map(
      (i) => (i.response.body.json as { runId: string }).runId,
    );
    expect(runIds).toEqual(['<runId:1.1>', '<runId:2.1>']);
    const first = importInteractions([fixturePath('own/sdk-boto3-cassette.yaml')], options).recording;
    const again = file('imported.json', JSON.stringify(first));
    const merged = importInteractions([again, fixturePath('own/sdk-calls.har'), again], options).recording;
    expect(merged.sources.map((s) => s.file)).toEqual([
      'sdk-boto3-cassette.yaml',
      'sdk-calls.har',
      'sdk-boto3-cassette.yaml',
    ]);
    const tokens = merged.interactions
      .filter((i) => i.operation === 'PollForDecisionTask')
      .map((i) => (i.response.body.json as { taskToken?: string }).taskToken);
    expect(tokens).toEqual(['<taskToken:1>', undefined, '<taskToken:2>', undefined]);
    expect(merged.interactions.filter((i) => i.operation === 'RespondDecisionTaskCompleted').map((i) => i.id)).toEqual([
      '0:2',
      '2:2',
    ]);
  });

  it('refuses in one line a missing file, a file of no known kind and one without any SWF call', () => {
    expect(() => importInteractions([join(dir, 'absent.yaml')], options)).toThrow(
      /absent\.yaml: cannot read it \(ENOENT\)$/,
    );
    expect(() => importInteractions([file('odd.json', '{"entries": []}')], options)).toThrow(
      /odd\.json: not a vcrpy cassette, a HAR file, a swf-conformance recording or a swf-conformance-interactions\/1 file$/,
    );
    expect(() =>
      importInteractions(
        [file('none.yaml', 'interactions:\n- request: {headers: {}, body: null}\n  response: {status: {code: 200}}\n')],
        options,
      ),
    ).toThrow(/none\.yaml: no SWF interaction in it \(1 entries skipped\)$/);
  });
});
