// The package's library entry (`import { runConformance } from 'swf-conformance'`): what the CLI's `run` does, from code.
export { runConformance, type RunOptions } from '../runner/run-conformance.ts';
export type { RunResult } from '../runner/run-result.ts';
export type { RunHooks } from '../runner/run-hooks.ts';
export { openTarget, TARGET_NAMES, UnknownTargetError, type OpenTargetOptions } from '../targets/open-target.ts';
export type { Target } from '../targets/target.ts';
export { loadSpec, SpecError, DEFAULT_SPEC_PATH } from '../spec/load-spec.ts';
export type { Spec, Rule } from '../spec/spec-types.ts';
export { buildReport } from '../reports/build-report.ts';
export type { Report } from '../reports/report.ts';
export { writeReport } from '../reports/write-report.ts';
export { renderMarkdown } from '../reports/render-markdown.ts';
export { renderHtml } from '../reports/html/render-html.ts';
export { renderJunit } from '../reports/junit/render-junit.ts';
export { makeRedactor } from '../reports/redact.ts';
