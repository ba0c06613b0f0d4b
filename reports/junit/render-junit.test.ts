import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../report.ts';
import { renderJunit } from './render-junit.ts';
import { fakeSoftFinding } from '../html/fake-report.ts';

// Like the moto suites: on CI (CI=true) xmllint is required, elsewhere its absence skips the schema checks visibly.
const XSD = fileURLToPath(new URL('./junit.xsd', import.meta.url));
const XMLLINT = spawnSync('xmllint', ['--version']).error === undefined;
const XMLLINT_REQUIRED = process.env.CI === 'true';
if (!XMLLINT && !XMLLINT_REQUIRED)
  console.warn('xmllint not found: the JUnit schema checks are SKIPPED (apt-get install -y libxml2-utils to run them)');

const dir = mkdtempSync(join(tmpdir(), 'swfc-junit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const xmllint = (xml: string, ...args: string[]) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  return spawnSync('xmllint', [...args, file], { encoding: 'utf8' });
};
const validate = (xml: string) => xmllint(xml, '--noout', '--schema', XSD);

// What SWF cases send on purpose: markup, a NUL, a unit separator, a lone surrogate, a noncharacter.
const NASTY = 'a<b & "c" \u0000\u001f\ud800 \ufffe end';
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

type Rule = Report['rules'][number];
type Div = Report['divergences'][number];
const level = { level: 'DOC' as const, source: 'docs' };
const rule = (id: string, family: Rule['family'], cases: number, divergences = 0): Rule => ({
  id,
  family,
  summary: id,
  evidence: { rule: level, outcome: level },
  cases,
  divergences,
  coverage: {},
});
const div = (id: string, ruleId: string, kind: Div['kind'], extra: Partial<Div> = {}): Div => ({
  id,
  rule: ruleId,
  kind,
  call: 'request',
  request: { domain: 'd', workflowId: NASTY },
  expected: { outcome: 'reject', rules: [ruleId], codes: [], anyClientError: true, likelyCodes: [] },
  observed: { ok: false, status: 500, code: 'InternalFailure', message: NASTY },
  replay: { rule: ruleId, seed: 7, path: '0', runTag: 'swfc-7', target: 'mock' },
  reproduce: { command: `npx swf-conformance replay out/report.json '${id}'`, curl: '', typescript: '' },
  ...extra,
});
const report = (target: string, rules: Rule[], divergences: Div[], extra: Partial<Report> = {}): Report => ({
  tool: { name: 'swf-conformance', version: '0.1.0' },
  operation: 'StartWorkflowExecution',
  target,
  seed: 7,
  runs: 5,
  runTag: 'swfc-7',
  families: ['tag-list'],
  startedAt: '2026-11-24T10:00:00.000Z',
  durationMs: 12_345,
  notRun: [],
  inconclusive: [],
  summary: {
    cases: rules.reduce((n, r) => n + r.cases, 0),
    calls: 0,
    rules: rules.length,
    rulesWithoutCases: [],
    rulesDiverging: 0,
    divergences: divergences.length,
    byKind: {},
  },
  rules,
  divergences,
  ...extra,
});

const mock = report(
  'mock',
  [
    rule('tagList.maxItems', 'tag-list', 5),
    rule('taskPriority.range', 'value-formats', 5, 2),
    rule('workflowId.characters', 'characters', 5, 1),
    rule('domain.deprecated', 'resources', 0),
    rule('input.maxLength', 'lengths', 0),
  ],
  [
    div('d1', 'taskPriority.range', 'wrong-error', {
      observed: { ok: false, status: 400, code: 'ValidationException' },
    }),
    div('d2', 'taskPriority.range', 'server-error'),
    div('d3', 'workflowId.characters', 'accepted-invalid', { baselined: true }),
  ],
  { notRun: [{ rule: 'domain.deprecated', reason: NASTY }], stoppedEarly: NASTY },
);
const moto = report(
  'moto',
  [
    rule('tagList.maxItems', 'tag-list', 5, 1),
    rule('taskPriority.range', 'value-formats', 5),
    rule('effects.tagList', 'effects', 5, 1),
  ],
  [
    div('m1', 'tagList.maxItems', 'accepted-invalid', { observed: { ok: true, status: 200, runId: 'r' } }),
    div('m2', 'effects.tagList', 'wrong-effect', { blamedOn: 'spec' }),
  ],
  { shard: { index: 1, count: 2 } },
);
const xml = renderJunit([mock, moto]);

const suiteAttrs = [...xml.matchAll(/<testsuite (.*?)>/g)].map((m) =>
  Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
);
const suiteBodies = xml.split('<testsuite ').slice(1);
const count = (s: string, tag: string) => s.split(`<${tag}`).length - 1;
const divergentRules = (r: Report) =>
  new Set(r.divergences.filter((d) => !d.baselined && !d.blamedOn).map((d) => d.rule)).size;

describe('renderJunit', () => {
  it('has one testsuite per target and one testcase per rule, with consistent counts', () => {
    expect(suiteAttrs.map((a) => a.name)).toEqual(['swf-conformance mock', 'swf-conformance moto']);
    suiteBodies.forEach((body, i) => {
      expect(Number(suiteAttrs[i].tests)).toBe(count(body, 'testcase'));
      expect(Number(suiteAttrs[i].failures)).toBe(count(body, 'failure'));
      expect(Number(suiteAttrs[i].skipped)).toBe(count(body, 'skipped'));
      expect(suiteAttrs[i].errors).toBe('0');
    });
    expect(suiteAttrs.map((a) => [a.tests, a.failures, a.skipped])).toEqual([
      ['5', '1', '2'],
      ['3', '1', '0'],
    ]);
    expect(xml).toMatch(/<testsuites name="swf-conformance" tests="8" failures="2" errors="0" time="24.690">/);
  });

  it('counts one failure per rule with divergences nothing excuses', () => {
    expect(count(xml, 'failure')).toBe(divergentRules(mock) + divergentRules(moto));
    expect(xml).toContain(
      '<failure message="2 divergences on taskPriority.range: server-error, wrong-error" type="server-error,wrong-error">',
    );
    const failure = xml.slice(xml.indexOf('<failure'), xml.indexOf('</failure>'));
    for (const expected of [
      'd1: wrong-error on request',
      'd2: server-error on request',
      "replay:   npx swf-conformance replay out/report.json 'd2'",
      '"code":"ValidationException"',
    ])
      expect(failure).toContain(expected);
  });

  it('skips rules not run or without cases, and passes baselined or spec-doubted ones with a note', () => {
    expect(xml).toMatch(
      /<testcase classname="mock.resources" name="domain.deprecated" time="0.000">\s*<skipped message="not run on mock: a&lt;b &amp; &quot;c&quot; \\u0000\\u001f\\ud800 \\ufffe end"\/>/,
    );
    expect(xml).toMatch(/name="input.maxLength" time="0.000">\s*<skipped message="no case was generated/);
    expect(xml).toMatch(
      /name="workflowId.characters" time="4.115">\s*<system-out>1 baselined divergence<\/system-out>/,
    );
    expect(xml).toMatch(
      /name="effects.tagList"[^>]*>\s*<system-out>1 divergence not counted: the evidence recording contradicts the spec/,
    );
    expect(xml).toMatch(/<testcase classname="mock.tag-list" name="tagList.maxItems" time="4.115"\/>/);
  });

  it('writes only characters XML 1.0 allows, and the timestamp without a zone', () => {
    expect(xml).not.toMatch(FORBIDDEN);
    expect(xml).toContain('<system-out>stopped early: a&lt;b &amp; "c" \\u0000\\u001f\\ud800 \\ufffe end</system-out>');
    expect(xml).toContain('timestamp="2026-11-24T10:00:00"');
  });

  it('records the run in properties', () => {
    expect(xml).toContain('<property name="seed" value="7"/>');
    expect(xml).toContain('<property name="shard" value="1/2"/>');
  });

  it('fails a rule the report does not list rather than lose its divergences', () => {
    const lost = renderJunit([report('mock', [], [div('z1', 'gone.rule', 'server-error')])]);
    expect(lost).toMatch(/<testsuite name="swf-conformance mock" tests="1" failures="1" errors="0" skipped="0"/);
    expect(lost).toContain('<testcase classname="mock.unlisted" name="gone.rule"');
  });

  it("counts a failure's divergences with their repeats", () => {
    const folded = renderJunit([
      report(
        'mock',
        [rule('tagList.maxItems', 'tag-list', 25, 25)],
        [div('y0', 'tagList.maxItems', 'accepted-invalid', { repeats: 24 })],
      ),
    ]);
    expect(folded).toContain('<failure message="25 divergences on tagList.maxItems: accepted-invalid"');
  });

  it('bounds a failure with many large divergences', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      div(`x${i}`, 'tagList.maxItems', 'accepted-invalid', { request: { input: '\u{1F600}'.repeat(5000) } }),
    );
    const big = renderJunit([report('mock', [rule('tagList.maxItems', 'tag-list', 100, 100)], many)]);
    const failure = big.slice(big.indexOf('<failure'), big.indexOf('</failure>'));
    expect(failure.length).toBeLessThan(20_000);
    expect(failure).toContain('… and 80 more (see report.md)');
    expect(big).not.toMatch(FORBIDDEN);
  });

  it.runIf(XMLLINT_REQUIRED)('finds xmllint', () => expect(XMLLINT).toBe(true));

  describe.runIf(XMLLINT || XMLLINT_REQUIRED)('against the JUnit schema (xmllint)', () => {
    it('validates the rendered reports, and an empty run', () => {
      for (const file of [xml, renderJunit([]), renderJunit([report('mock', [], [])])]) {
        const res = validate(file);
        expect(res.stderr).toMatch(/validates/);
        expect(res.status).toBe(0);
      }
    });

    it('reads back the escaped text as written', () => {
      const res = xmllint(xml, '--xpath', 'string(//testcase[@name="domain.deprecated"]/skipped/@message)');
      expect(res.stdout.replace(/\n$/, '')).toBe('not run on mock: a<b & "c" \\u0000\\u001f\\ud800 \\ufffe end');
    });

    it('rejects files that break the format, each for its reason', () => {
      const broken: Array<[string, RegExp]> = [
        [
          xml.replace('<properties>', '<failure message="outside a testcase"/><properties>'),
          /Element 'failure': This element is not expected/,
        ],
        [xml.replace('tests="5"', 'tests="x"'), /'x' is not a valid value/],
        [
          xml.replace('<testsuites name="swf-conformance"', '<testsuites name="swf-conformance" skipped="2"'),
          /attribute 'skipped' is not allowed/,
        ],
        [
          xml.replace(
            '<testcase classname="mock.tag-list" name="tagList.maxItems"',
            '<testcase classname="mock.tag-list"',
          ),
          /'name' is required/,
        ],
        [
          xml.replace('timestamp="2026-11-24T10:00:00"', 'timestamp="2026-11-24T10:00:00Z"'),
          /'2026-11-24T10:00:00Z' is not accepted/,
        ],
        [xml.replace('stopped early: ', 'stopped early: \u0001'), /invalid Char value 1/],
      ];
      for (const [file, reason] of broken) {
        const res = validate(file);
        expect(res.status).not.toBe(0);
        expect(res.stderr).toMatch(reason);
      }
    });
  });
});

describe('renderJunit of soft findings', () => {
  const soft = report(
    'mock',
    [
      rule('domain.maxLength', 'lengths', 5),
      rule('taskPriority.range', 'value-formats', 5, 1),
      rule('tagList.maxItems', 'tag-list', 5),
    ],
    [div('s1', 'taskPriority.range', 'server-error')],
    {
      softFindings: [
        fakeSoftFinding('domain.maxLength', 'UnknownResourceFault', {
          repeats: 4,
          observed: { status: 400, code: 'UnknownResourceFault', message: NASTY },
        }),
        fakeSoftFinding('taskPriority.range', 'InvalidParameterValue'),
      ],
    },
  );
  const out = renderJunit([soft]);
  const testcase = (name: string) =>
    out.slice(out.indexOf(`name="${name}"`), out.indexOf('</testcase>', out.indexOf(`name="${name}"`)));

  it("shows them as system-out of the rule's testcase, never as a failure", () => {
    expect(out).toMatch(/<testsuite name="swf-conformance mock" tests="3" failures="1" errors="0" skipped="0"/);
    expect(testcase('domain.maxLength')).not.toContain('<failure');
    expect(testcase('domain.maxLength')).toContain(
      '<system-out>5 soft findings (not a failure: a client error other than the likely code)\n  UnknownResourceFault (400) where ValidationException is likely: 5 cases, the first at seed 1, path 0; message: a&lt;b',
    );
    // Beside a failure of the same rule, counted apart from it.
    expect(testcase('taskPriority.range')).toMatch(
      /<failure message="1 divergence on taskPriority.range: server-error"[^]*<\/failure>\s*<system-out>1 soft finding \(not a failure/,
    );
    expect(out).toMatch(/<testcase classname="mock.tag-list" name="tagList.maxItems" time="[\d.]+"\/>/);
    expect(out).not.toMatch(FORBIDDEN);
    // The schema (xmllint) still holds: system-out may follow a failure in a testcase.
    if (XMLLINT || XMLLINT_REQUIRED) expect(validate(out).status).toBe(0);
  });

  it("counts them in the suite's properties, and leaves them out of reports written before them", () => {
    expect(out).toContain('<property name="softFindings" value="6"/>');
    expect(xml).not.toContain('softFindings');
  });
});
