import ts from 'typescript';

/** The module specifiers a TypeScript file imports: static, type-only, re-exports and dynamic `import()` alike. */
export function readImports(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}
