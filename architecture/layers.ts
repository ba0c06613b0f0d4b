/** One top-level folder of the project and what its files may import of the others (ARCHITECTURE.md's table). */
export interface Layer {
  folder: string;
  holds: string;
  /** Folders (`model/`) or files and subfolders (`reports/redact.ts`, `spec/aws-model/`) its files may import; 'all' for any. */
  mayImport: readonly string[] | 'all';
  /** What its tests (and test-support files) may import besides. */
  testsAlso?: readonly string[];
  /** How the table says it, when the list alone would not. */
  note?: string;
}

const REPORT_HELPERS = ['reports/redact.ts', 'reports/html/escape-html.ts'] as const;

/** The layers, lowest first. `architecture/import-rules.test.ts` enforces them and renders ARCHITECTURE.md's table. */
export const LAYERS: readonly Layer[] = [
  {
    folder: 'spec',
    holds:
      'the spec, its JSON Schema, the loader (ajv), generated types, the official AWS model (copy), the evidence its sources cite (`spec/evidence/`)',
    mayImport: [],
  },
  {
    folder: 'model',
    holds:
      'plain data types shared by all: request, world and fixtures, case, observation, divergence; the pure IAM policy evaluation (`model/policy/`) the oracle and the generators share',
    mayImport: ['spec/'],
  },
  {
    folder: 'oracle',
    holds: 'the only place that says what the contract expects: checks, effective configuration, classification',
    mayImport: ['spec/', 'model/'],
  },
  {
    folder: 'generators',
    holds: 'arbitraries derived from the spec at run time',
    mayImport: ['spec/', 'model/'],
    testsAlso: ['oracle/'],
  },
  {
    folder: 'targets',
    holds:
      'the Target interface (with `call` for the lifecycle operations), the SDK-based target, the raw (wire) sender, the MSW mock',
    mayImport: ['model/', 'spec/aws-model/'],
    testsAlso: ['oracle/', 'suites/'],
  },
  {
    folder: 'runner',
    holds:
      'sends cases to a target and records what it answered, for the oracle to judge; batches, health checks, shrinking',
    mayImport: ['spec/', 'model/', 'oracle/', 'generators/', 'targets/'],
  },
  {
    folder: 'recordings',
    holds:
      "the harness's recordings, imports of other recordings (`import/`), parity (`parity/`), judging a recording by the oracle",
    mayImport: ['spec/', 'model/', 'oracle/', 'generators/', 'targets/', 'runner/', ...REPORT_HELPERS],
  },
  {
    folder: 'reports',
    holds: 'report.json / report.md, redaction, reproductions',
    mayImport: ['spec/', 'model/', 'runner/'],
  },
  {
    folder: 'suites',
    holds: 'vitest suites that hit targets',
    mayImport: 'all',
    note: 'all (they are tests)',
  },
  {
    folder: 'api',
    holds:
      "the package's library entries (`exports`): `.` runs the contract from code, `./mock` the in-process SWF, `./vitest` one test per rule",
    mayImport: ['spec/', 'model/', 'oracle/', 'generators/', 'targets/', 'runner/', 'reports/', 'recordings/'],
  },
  { folder: 'cli', holds: 'argument parsing, progress, exit codes', mayImport: 'all' },
  {
    folder: 'bench',
    holds:
      "`npm run bench`: the harness's calls per second against a bare SDK loop (mock, moto), memory at 1k and 10k cases, MSW's share of a call, a CPU profile; each in a fresh child process (figures, not a test)",
    mayImport: 'all',
  },
  {
    folder: 'build',
    holds:
      '`npm run build` (run by `npm ci`): `dist/` from scratch, compiled by tsc, with the data files the code reads',
    mayImport: ['dist/'],
    note: "the compiled code it just wrote (`dist/`), to compile the spec's schema with its options",
  },
  {
    folder: 'architecture',
    holds: 'this table (`architecture/layers.ts`) and the test that enforces it',
    mayImport: [],
  },
];
