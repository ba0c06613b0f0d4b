import { dirname, join, normalize } from 'node:path/posix';
import type { Layer } from './layers.ts';
import { readImports } from './read-imports.ts';

/** A source file of the project: its path from the project root, posix-style, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** An import the layer table does not allow. */
export interface Breach {
  file: string;
  imports: string;
  rule: string;
}

// Tests, and the files only tests import, may use more than production code: they set targets up and look inside.
export const isTestFile = (path: string) =>
  path.startsWith('suites/') || /(\.test|[/.-]test-support)(\.ts)?$/.test(path);

/** Where a relative import lands, from the project root; undefined for a package. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return normalize(join(dirname(from), specifier));
}

const allows = (entries: readonly string[], target: string) =>
  entries.some((e) => (e.endsWith('/') ? target.startsWith(e) : target === e || target === e.replace(/\.ts$/, '')));

/** Every import of the files that leaves its own folder for one its layer may not import. */
export function findImportBreaches(files: readonly SourceFile[], layers: readonly Layer[]): Breach[] {
  const byFolder = new Map(layers.map((l) => [l.folder, l]));
  const breaches: Breach[] = [];
  for (const file of files) {
    const folder = file.path.split('/')[0];
    const layer = byFolder.get(folder);
    for (const specifier of readImports(file.text)) {
      const target = resolveImport(file.path, specifier);
      if (!target) continue;
      if (!isTestFile(file.path) && isTestFile(target)) {
        breaches.push({ file: file.path, imports: target, rule: 'only tests import test support' });
        continue;
      }
      if (target.split('/')[0] === folder) continue;
      if (!layer) {
        if (!target.startsWith('..'))
          breaches.push({ file: file.path, imports: target, rule: `${folder} is no layer` });
        continue;
      }
      if (layer.mayImport === 'all') continue;
      const allowed = [...layer.mayImport, ...(isTestFile(file.path) ? (layer.testsAlso ?? []) : [])];
      if (!allows(allowed, target)) breaches.push({ file: file.path, imports: target, rule: ruleText(layer) });
    }
  }
  return breaches;
}

const ruleText = (layer: Layer) =>
  `${layer.folder}/ may import ${layer.mayImport.length ? (layer.mayImport as string[]).join(', ') : 'nothing of the project'}`;
