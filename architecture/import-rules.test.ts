import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findImportBreaches, type SourceFile } from './find-import-breaches.ts';
import { findImportCycles } from './find-import-cycles.ts';
import { LAYERS } from './layers.ts';
import { renderLayerTable } from './render-layer-table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const projectFiles = (): SourceFile[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    // A file deleted but not yet committed is still listed by --cached.
    .filter((path) => path.includes('/') && existsSync(ROOT + path))
    .map((path) => ({ path, text: readFileSync(ROOT + path, 'utf8') }));

describe('the layers of ARCHITECTURE.md', () => {
  const files = projectFiles();

  it('are what every import of the project keeps to', () => {
    expect(files.length).toBeGreaterThan(400);
    expect(findImportBreaches(files, LAYERS)).toEqual([]);
  });

  it('hold no circle of imports, type-only ones included', () => {
    expect(findImportCycles(files)).toEqual([]);
  });

  it('name every top-level folder that holds code', () => {
    const folders = new Set(files.map((f) => f.path.split('/')[0]));
    expect([...folders].filter((f) => !LAYERS.some((l) => l.folder === f))).toEqual([]);
  });

  it('are the table ARCHITECTURE.md shows', () => {
    expect(readFileSync(ROOT + 'ARCHITECTURE.md', 'utf8')).toContain(renderLayerTable(LAYERS));
  });
});

describe('findImportBreaches', () => {
  const file = (path: string, text: string): SourceFile => ({ path, text });

  it('reports an import of a layer the folder may not import, static, type-only, re-exported or dynamic', () => {
    const found = findImportBreaches(
      [
        file('targets/a.ts', "import { x } from '../oracle/x';"),
        file('targets/b.ts', "import type { Spec } from '../spec/spec-types';"),
        file('targets/c.ts', "export { y } from '../runner/y';"),
        file('targets/mock/d.ts', "const m = await import('../../reports/z');"),
      ],
      LAYERS,
    );
    expect(found.map((b) => `${b.file} -> ${b.imports}`)).toEqual([
      'targets/a.ts -> oracle/x',
      'targets/b.ts -> spec/spec-types',
      'targets/c.ts -> runner/y',
      'targets/mock/d.ts -> reports/z',
    ]);
    expect(found[0].rule).toBe('targets/ may import model/, spec/aws-model/');
  });

  it('allows its own folder, the layers below, packages, and to tests what tests may import', () => {
    const found = findImportBreaches(
      [
        file('targets/a.ts', "import { a } from './b'; import { m } from '../model/m'; import fc from 'fast-check';"),
        file('targets/aws/e.ts', "import model from '../../spec/aws-model/swf.json';"),
        file('generators/g.test.ts', "import { o } from '../oracle/o';"),
        file('cli/main.ts', "import { o } from '../oracle/o'; import { r } from '../reports/r';"),
      ],
      LAYERS,
    );
    expect(found).toEqual([]);
  });

  it('keeps test support out of production code, and what tests may import out of production files', () => {
    const found = findImportBreaches(
      [
        file('cli/main.ts', "import { run } from './run-in-process.test-support';"),
        file('generators/g.ts', "import { o } from '../oracle/o';"),
      ],
      LAYERS,
    );
    expect(found.map((b) => b.rule)).toEqual([
      'only tests import test support',
      'generators/ may import spec/, model/',
    ]);
  });
});

describe('findImportCycles', () => {
  it('finds a circle of type-only imports, and no circle where imports go one way', () => {
    const cycles = findImportCycles([
      { path: 'runner/a.ts', text: "import type { B } from './b';" },
      { path: 'runner/b.ts', text: "import type { C } from './c';" },
      { path: 'runner/c.ts', text: "import type { A } from './a'; import { d } from './d';" },
      { path: 'runner/d.ts', text: 'export const d = 1;' },
    ]);
    expect(cycles).toEqual([['runner/a.ts', 'runner/b.ts', 'runner/c.ts']]);
  });
});
