/** The --help text; keep it true to what parse-run-args accepts. */
export const USAGE = `swf-conformance: contract tests and fuzzing for Amazon SWF StartWorkflowExecution

Usage:
  swf-conformance run --target mock [options]
  swf-conformance --help | --version

Commands:
  run             Generate cases from the spec, run them on a target, write report.json and report.md.

Options for run:
  --target NAME   Where to send the cases. Known: mock (in-process SWF behind MSW; needs nothing else).
  --runs N        Cases per rule (the valid space gets 4x). Default 25.
  --seed S        fast-check seed (integer). Default: random; the report records it for replay.
  --out DIR       Folder for report.json and report.md. Default reports/out.
  --family F      Run only this rule family; repeatable. Families: required-members, lengths, tag-list,
                  characters, value-formats, defaults, resources, workflow-id-reuse, effects.
  --spec FILE     Use another spec file (checked against spec/spec.schema.json). Default: the bundled one.
  --mock-quirk Q  Break the mock on purpose (repeatable), to see a divergence reported; see targets/mock/quirks.ts.
  --quiet         No progress lines.

Exit codes:
  0  no divergence      1  divergences found      2  the run could not happen (bad flag, unknown target,
                                                       unreachable target, invalid spec)
`;
