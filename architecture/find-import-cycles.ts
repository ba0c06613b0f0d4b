import type { SourceFile } from './find-import-breaches.ts';
import { resolveImport } from './find-import-breaches.ts';
import { readImports } from './read-imports.ts';

/** Groups of files that import each other in a circle (type-only imports count: they tie the modules' designs together). */
export function findImportCycles(files: readonly SourceFile[]): string[][] {
  const paths = new Set(files.map((f) => f.path));
  const edges = new Map(files.map((f) => [f.path, importedFiles(f, paths)]));
  return stronglyConnected(edges).filter((group) => group.length > 1 || edges.get(group[0])!.includes(group[0]));
}

function importedFiles(file: SourceFile, paths: Set<string>): string[] {
  const out: string[] = [];
  for (const specifier of readImports(file.text)) {
    const target = resolveImport(file.path, specifier);
    const found = target && [target, `${target}.ts`, `${target}/index.ts`].find((p) => paths.has(p));
    if (found) out.push(found);
  }
  return out;
}

/** Tarjan's algorithm: the strongly connected components of a directed graph, each sorted. */
function stronglyConnected(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    groups.push(group.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups;
}
