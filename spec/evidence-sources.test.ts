// The evidence the spec and the baselines cite must travel with the project: every in-project file they name
// exists, every `§N` they cite is a heading of that file, and nothing points outside the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './load-spec.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SPEC_FILE = 'spec/start-workflow-execution.json';

/** A string of the spec or of a baseline that may cite a source, with where it was found. */
interface Citation {
  where: string;
  text: string;
}

/** Every evidence `source`, every entry of the top-level `sources` map and every `note` and `reason`. */
function citationsIn(value: unknown, where: string, out: Citation[] = [], key = ''): Citation[] {
  if (typeof value === 'string') {
    if (
      ['source', 'note', 'reason'].includes(key) ||
      where.startsWith('/sources/') ||
      where.startsWith('/evidenceSources/')
    )
      out.push({ where, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => citationsIn(v, `${where}/${i}`, out, key));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) citationsIn(v, `${where}/${k}`, out, k);
  }
  return out;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const baselineFiles = readdirSync(join(ROOT, 'baselines'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => `baselines/${f}`);
const citations: Citation[] = [
  // The loaded spec, each sourceRef replaced by its text: every citation where it is cited, as if written there.
  ...citationsIn(loadSpec(), '').map((c) => ({ ...c, where: `${SPEC_FILE}${c.where}` })),
  // And the named sources themselves, so that one cited nowhere is still checked.
  ...citationsIn(readJson(SPEC_FILE), '')
    .filter((c) => c.where.startsWith('/evidenceSources/'))
    .map((c) => ({ ...c, where: `${SPEC_FILE}${c.where}` })),
  ...baselineFiles.flatMap((f) => citationsIn(readJson(f), '').map((c) => ({ ...c, where: `${f}${c.where}` }))),
];

// Top-level folders of the project: a cited path under one of them is an in-project path.
const projectFolders = new Set(
  readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
    .map((d) => d.name),
);

// A file name ending .md, .rst or .json (not a rule id like `answer.jsonBody`), with the section that follows it.
const FILE_NAME =
  /(?<![\w./-])((?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:md|rst|json))(?![\w-])(?:\s+(?:§|section\s+)(\d+))?/g;
const withoutUrls = (text: string) => text.replace(/https?:\/\/\S+/g, ' ');

/** The files (and sections) a string cites, URLs left out. */
function citedFiles(text: string): { path: string; section?: string }[] {
  return [...withoutUrls(text).matchAll(FILE_NAME)].map((m) => ({ path: m[1]!, section: m[2] }));
}

const headingsOf = (path: string): Set<string> =>
  new Set([...readFileSync(join(ROOT, path), 'utf8').matchAll(/^#{1,6}\s+(\d+)\./gm)].map((m) => m[1]!));

describe('evidence sources', () => {
  it('finds citations to check', () => {
    expect(citations.filter((c) => citedFiles(c.text).length > 0).length).toBeGreaterThan(100);
  });

  it('cite nothing outside the project (no shared/, ../ or absolute paths)', () => {
    const outside = citations.filter((c) => /(^|[\s(`'"])(\.\.\/|shared\/|\/work\/)/.test(withoutUrls(c.text)));
    expect(outside.map((c) => `${c.where}: ${c.text}`)).toEqual([]);
  });

  it('name in-project files by their path from the project root, and those files exist', () => {
    const wrong: string[] = [];
    for (const c of citations) {
      for (const { path } of citedFiles(c.text)) {
        const folder = path.includes('/') ? path.split('/')[0]! : undefined;
        // A bare file name (`swf-facts.md`) is an in-project file cited without its path.
        if (folder === undefined) wrong.push(`${c.where}: ${path} is not a path from the project root`);
        else if (projectFolders.has(folder) && !existsSync(join(ROOT, path)))
          wrong.push(`${c.where}: ${path} does not exist`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('cite only sections (§N) that are headings of the cited markdown file', () => {
    const wrong: string[] = [];
    for (const c of citations) {
      for (const { path, section } of citedFiles(c.text)) {
        if (!path.endsWith('.md') || !path.includes('/') || !existsSync(join(ROOT, path))) continue;
        if (section !== undefined && !headingsOf(path).has(section))
          wrong.push(`${c.where}: ${path} has no §${section}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keep the evidence files themselves free of paths outside the project', () => {
    const dir = join(ROOT, 'spec/evidence');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    expect(files).toContain('swf-facts.md');
    const outside = files.filter((f) =>
      /\.\.\/shared|\/work\/|shared\/reference/.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(outside).toEqual([]);
  });
});
