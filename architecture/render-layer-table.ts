import type { Layer } from './layers.ts';

const code = (entries: readonly string[]) => entries.map((e) => `\`${e}\``).join(', ');

/** ARCHITECTURE.md's table of layers, as the import check enforces it. */
export function renderLayerTable(layers: readonly Layer[]): string {
  const rows = layers.map((l) => {
    const may = l.mayImport === 'all' ? 'all' : l.mayImport.length ? code(l.mayImport) : 'nothing of the project';
    const tests = l.testsAlso?.length ? `; its tests also ${code(l.testsAlso)}` : '';
    return `| \`${l.folder}/\` | ${l.holds} | ${l.note ?? may + tests} |`;
  });
  return ['| folder | holds | may import |', '| --- | --- | --- |', ...rows].join('\n');
}
