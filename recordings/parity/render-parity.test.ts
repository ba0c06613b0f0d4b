import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParityResult } from './parity-result.ts';
import { renderParityJunit } from './render-parity-junit.ts';
import { renderParityMarkdown } from './render-parity-markdown.ts';
import { renderParityHtml } from './render-parity-html.ts';
import { groupDifferences } from './group-differences.ts';

// As in reports/junit: on CI (CI=true) xmllint is required, elsewhere its absence skips the schema check visibly.
const XSD = fileURLToPath(new URL('../../reports/junit/junit.xsd', import.meta.url));
const XMLLINT = spawnSync('xmllint', ['--version']).error === undefined || process.env.CI === 'true';
if (!XMLLINT)
  console.warn('xmllint not found: the parity JUnit schema check is SKIPPED (apt-get install -y libxml2-utils)');

// What recorded bodies may carry: markup, table pipes, a NUL, a lone surrogate.
const NASTY = 'a<b> | & "c" \u0000\ud800 </script>';
const interactions: ParityResult['interactions'] = [
  { id: '0:0', operation: 'StartWorkflowExecution', differences: [] },
  {
    id: '0:1',
    operation: 'DescribeWorkflowExecution',
    differences: [{ kind: 'value', path: 'executionInfo.tagList[0]', recorded: NASTY, observed: 'x' }],
    partial: { reason: `why ${NASTY}`, excluded: 'openCounts' },
  },
  {
    id: '0:2',
    operation: 'RespondDecisionTaskCompleted',
    notSent: 'its taskToken came from an answer the replay did not produce',
  },
];
const result: ParityResult = {
  format: 'swf-conformance-parity/1',
  target: 'mock',
  recording: 'r.json',
  sources: [{ file: 'c.yaml', kind: 'vcr-yaml', interactions: 3, skipped: 0 }],
  registered: { domains: ['d'], types: ['d/t/1'] },
  startedAt: '2026-12-02T03:00:00.000Z',
  durationMs: 1234,
  summary: { interactions: 3, sent: 2, differing: 1, differences: 1, partial: 1, notSent: 1 },
  groups: groupDifferences(interactions),
  interactions,
};

describe('parity reports', () => {
  it('junit.xml: a testcase per interaction, failed by differences, skipped when not sent, valid against the schema', () => {
    const xml = renderParityJunit(result);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toMatch(
      /<failure message="1 differences from the recorded answer" type="parity">value executionInfo.tagList\[0\]/,
    );
    expect(xml).toMatch(/<skipped message="not sent: its taskToken/);
    expect(xml).toMatch(/<system-out>compared in part: openCounts left out/);
    if (!XMLLINT) return;
    const file = join(mkdtempSync(join(tmpdir(), 'swfc-parity-junit-')), 'junit.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('report.md groups the differences (indexes as []) and says what was left out and why, pipes escaped', () => {
    const md = renderParityMarkdown(result);
    expect(md).toMatch(/\*\*1 differences\*\* in 1 answers; 1 answers compared only in part/);
    expect(md).toMatch(/\| DescribeWorkflowExecution \| value \| executionInfo\.tagList\[\] \| 1 \|/);
    expect(md).toMatch(/\| 0:2 \| RespondDecisionTaskCompleted \| not sent \| its taskToken/);
    for (const line of md.split('\n').filter((l) => l.startsWith('| 0:1')))
      expect(line.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it('report.html escapes what it shows', () => {
    const html = renderParityHtml(result);
    expect(html).not.toContain('a<b>');
    expect(html).toContain('a&lt;b&gt;');
    expect(html).not.toContain('</script>');
    expect(html).toMatch(/<table id="groups">/);
  });
});
