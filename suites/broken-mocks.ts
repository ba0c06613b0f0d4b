import type { DivergenceKind } from '../oracle/classify-outcome';

/** A deliberately broken mock and the one divergence the harness must report for it. */
export interface BrokenMock {
  quirk: string;
  rule: string;
  kind: DivergenceKind;
}

/** One or two broken behaviours per rule family; the quirks themselves live in targets/mock/quirks.ts. */
export const BROKEN_MOCKS: BrokenMock[] = [
  { quirk: 'accept-tasklist-without-name', rule: 'taskList.name.required', kind: 'accepted-invalid' },
  { quirk: 'no-input-limit', rule: 'input.maxLength', kind: 'accepted-invalid' },
  { quirk: 'accept-six-tags', rule: 'tagList.maxItems', kind: 'accepted-invalid' },
  { quirk: 'allow-colon-in-workflow-id', rule: 'workflowId.forbiddenChars', kind: 'accepted-invalid' },
  { quirk: 'accept-none-execution-timeout', rule: 'executionStartToCloseTimeout.none', kind: 'accepted-invalid' },
  { quirk: 'never-default-undefined-child-policy', rule: 'defaults.childPolicy.undefined', kind: 'accepted-invalid' },
  { quirk: 'default-undefined-as-validation-for-task-list', rule: 'defaults.taskList.undefined', kind: 'wrong-error' },
  { quirk: 'accept-deprecated-type', rule: 'workflowType.deprecated', kind: 'accepted-invalid' },
  { quirk: 'unknown-domain-500', rule: 'domain.unknown', kind: 'server-error' },
  { quirk: 'allow-duplicate-open', rule: 'workflowId.duplicateOpen', kind: 'accepted-invalid' },
  { quirk: 'refuse-reuse-after-close', rule: 'workflowId.reuseAfterClose', kind: 'rejected-valid' },
  { quirk: 'ignore-tasklist-override', rule: 'effects.taskList', kind: 'wrong-effect' },
  { quirk: 'drop-tags-from-started-event', rule: 'effects.tagList', kind: 'wrong-effect' },
];
