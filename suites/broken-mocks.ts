import type { DivergenceKind } from '../model/divergence-kind.ts';
import { FAMILIES } from '../spec/families.ts';
import type { Family } from '../spec/spec-types.ts';

/** A deliberately broken mock and the one divergence the harness must report for it. */
export interface BrokenMock {
  quirk: string;
  rule: string;
  kind: DivergenceKind;
  /** Families to run; default all. Wire quirks run the wire family (wire-quirks.test.ts shows SDK traffic untouched). */
  families?: Family[];
  /** The example policy the caller carries, for quirks in the mock's enforcement of it. */
  policy?: string;
  /** The open-executions quota, for quirks in the mock's quotas. */
  openExecutionQuota?: number;
}

// Wire quirks break raw requests only; hang-on-empty-body is judged with a short wait, not the default 10 s.
export const HANG_TIMEOUT_MS = 300;
const WIRE: Family[] = ['wire'];
const ANSWERS: Family[] = ['effects', 'tag-list'];
const ACCESS: Family[] = ['access'];

/** One or two broken behaviours per rule family, and one per wire rule; the quirks themselves live in targets/mock/quirks.ts. */
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
  { quirk: 'accept-unsigned', rule: 'wire.auth.signatureMissing', kind: 'accepted-invalid', families: WIRE },
  { quirk: 'accept-bad-signature', rule: 'wire.auth.signatureBad', kind: 'accepted-invalid', families: WIRE },
  { quirk: 'crash-on-malformed-json', rule: 'wire.body.malformed', kind: 'server-error', families: WIRE },
  { quirk: 'hang-on-empty-body', rule: 'wire.body.empty', kind: 'timeout', families: WIRE },
  { quirk: 'drop-oversized-body', rule: 'wire.body.oversized', kind: 'server-error', families: WIRE },
  { quirk: 'crash-on-invalid-utf8', rule: 'wire.body.invalidUtf8', kind: 'server-error' },
  { quirk: 'crash-on-unknown-member', rule: 'wire.json.unknownMember', kind: 'server-error', families: WIRE },
  { quirk: 'crash-on-duplicate-key', rule: 'wire.json.duplicateKey', kind: 'server-error', families: WIRE },
  { quirk: 'refuse-long-target', rule: 'wire.header.targetLongForm', kind: 'rejected-valid', families: WIRE },
  { quirk: 'refuse-json-content-type', rule: 'wire.header.contentTypeJson', kind: 'rejected-valid', families: WIRE },
  { quirk: 'missing-target-500', rule: 'wire.header.targetMissing', kind: 'server-error', families: WIRE },
  { quirk: 'unknown-target-500', rule: 'wire.header.targetUnknown', kind: 'server-error', families: WIRE },
  { quirk: 'crash-on-other-content-type', rule: 'wire.header.contentTypeOther', kind: 'server-error', families: WIRE },
  { quirk: 'crash-on-wrong-type', rule: 'wire.json.wrongType', kind: 'server-error', families: WIRE },
  { quirk: 'null-member-500', rule: 'wire.json.requiredNull', kind: 'server-error', families: WIRE },
  // Answer quirks touch every start alike; the effects family's valid cases are enough to see them.
  { quirk: 'json-as-text-html', rule: 'answer.contentType', kind: 'malformed-answer', families: ANSWERS },
  { quirk: 'truncated-start-answer', rule: 'answer.jsonBody', kind: 'malformed-answer', families: ANSWERS },
  { quirk: 'empty-start-answer', rule: 'answer.jsonBody', kind: 'malformed-answer', families: ANSWERS },
  { quirk: 'start-answer-without-run-id', rule: 'answer.runId', kind: 'malformed-answer', families: ANSWERS },
  // Each key a policy reads, ignored by the mock, is named by its own rule: examples/access-policy.json limits tags 0
  // and 1, the task list and the type name; access-policy-every-key.json the other tags and the version.
  ...['tagList.member.0', 'tagList.member.1', 'taskList.name', 'workflowType.name'].map((key): BrokenMock => ({
    quirk: `policy-ignores-${key}`,
    rule: `access.${key}`,
    kind: 'accepted-invalid',
    families: ACCESS,
    policy: 'access-policy.json',
  })),
  ...['tagList.member.2', 'tagList.member.3', 'tagList.member.4', 'workflowType.version'].map((key): BrokenMock => ({
    quirk: `policy-ignores-${key}`,
    rule: `access.${key}`,
    kind: 'accepted-invalid',
    families: ACCESS,
    policy: 'access-policy-every-key.json',
  })),
  // The sample's one Deny is on tag 1: ignoring Deny statements is seen there (the explanation names both).
  {
    quirk: 'policy-ignores-deny',
    rule: 'access.tagList.member.1',
    kind: 'accepted-invalid',
    families: ACCESS,
    policy: 'access-policy.json',
  },
  {
    quirk: 'no-open-execution-quota',
    rule: 'limits.openExecutions',
    kind: 'accepted-invalid',
    families: ['limits'],
    openExecutionQuota: 3,
  },
];

/** Every family but lifecycle: what the quirks above run by default (a lifecycle run waits on timers, and has its own list). */
export const FAMILIES_BUT_LIFECYCLE: Family[] = FAMILIES.filter((f) => f !== 'lifecycle');

const LIFECYCLE: Family[] = ['lifecycle'];

/** One broken behaviour per lifecycle rule, each run through the whole lifecycle family (targets/mock/lifecycle-quirks.ts). */
export const LIFECYCLE_BROKEN_MOCKS: BrokenMock[] = (
  [
    ['scheduled-event-with-default-timeout', 'lifecycle.decisionTask.scheduled'],
    ['count-pending-on-every-list', 'lifecycle.decisionTask.counted'],
    ['poll-without-input', 'lifecycle.decisionTask.polled'],
    ['poll-ignores-priority', 'lifecycle.priority.order'],
    ['timed-out-closes-as-terminated', 'lifecycle.executionTimeout.closes'],
    ['decision-task-never-times-out', 'lifecycle.decisionTimeout'],
    ['open-tag-filter-ignored', 'lifecycle.listings.open'],
    ['closed-listing-without-tags', 'lifecycle.listings.closed'],
    ['accept-two-filters', 'lifecycle.listings.exclusiveFilters'],
    ['child-policy-ignored-on-timeout', 'lifecycle.childPolicy.applied'],
    ['terminate-ignores-child-policy-override', 'lifecycle.childPolicy.terminateOverride'],
    ['lambda-without-role-scheduled', 'lifecycle.lambdaRole'],
  ] as const
).map(([quirk, rule]) => ({ quirk, rule, kind: 'wrong-behaviour', families: LIFECYCLE }));
