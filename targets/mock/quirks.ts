import type { Quirk } from './quirk.ts';
import { SwfFault } from './swf-fault.ts';
import { validationFault } from './violation.ts';
import { WIRE_QUIRKS } from './wire-quirks.ts';
import { ANSWER_QUIRKS } from './answer-quirks.ts';
import { POLICY_QUIRKS } from './policy-quirks.ts';
import { LIMIT_QUIRKS } from './limit-quirks.ts';
import { LIFECYCLE_QUIRKS } from './lifecycle-quirks.ts';

/** Every quirk the mock knows; each breaks one documented behaviour and nothing else. */
export const QUIRKS: readonly Quirk[] = [
  {
    name: 'corrupt-after-non-numeric-timeout',
    description:
      'Like moto 5.2.1: a non-numeric executionStartToCloseTimeout is accepted, and every later call then fails with 500 until reset.',
    skipChecks: ['StartWorkflowExecution:executionStartToCloseTimeout.format'],
    corrupts: (operation, input) =>
      operation === 'StartWorkflowExecution' &&
      !/^\d+$/.test(String((input as { executionStartToCloseTimeout?: unknown })?.executionStartToCloseTimeout ?? '0')),
  },
  {
    name: 'accept-tasklist-without-name',
    description: 'StartWorkflowExecution accepts taskList: {} (the nested required name is not checked).',
    skipChecks: ['StartWorkflowExecution:taskList.name.required'],
  },
  {
    name: 'no-input-limit',
    description: 'StartWorkflowExecution accepts an input longer than 32768 characters.',
    skipChecks: ['StartWorkflowExecution:input.max'],
  },
  {
    name: 'allow-colon-in-workflow-id',
    description: "StartWorkflowExecution accepts ':' in workflowId (other forbidden characters are still refused).",
    skipChecks: ['StartWorkflowExecution:workflowId.colon'],
  },
  {
    name: 'accept-six-tags',
    description: 'StartWorkflowExecution accepts more than 5 tags.',
    skipChecks: ['StartWorkflowExecution:tagList.max'],
  },
  {
    name: 'accept-none-execution-timeout',
    description: 'StartWorkflowExecution accepts executionStartToCloseTimeout "NONE".',
    skipChecks: ['StartWorkflowExecution:executionStartToCloseTimeout.none'],
  },
  {
    name: 'never-default-undefined-child-policy',
    description: 'A start with no childPolicy and no type default is accepted; the execution records no child policy.',
    skipChecks: ['StartWorkflowExecution:childPolicy.default-undefined'],
  },
  {
    name: 'default-undefined-as-validation-for-task-list',
    description: 'An undefined task list is answered with ValidationException instead of DefaultUndefinedFault.',
    replaceFault: (fault) =>
      fault.check === 'StartWorkflowExecution:taskList.default-undefined'
        ? validationFault([
            { check: fault.check, path: 'taskList', value: null, constraint: 'Member must not be null' },
          ])
        : fault,
  },
  {
    name: 'accept-deprecated-type',
    description: 'A deprecated workflow type (in a registered domain) can still be started.',
    skipChecks: ['StartWorkflowExecution:workflowType.deprecated'],
  },
  {
    name: 'unknown-domain-500',
    description:
      'StartWorkflowExecution in an unknown domain answers HTTP 500 InternalFailure instead of UnknownResourceFault.',
    replaceFault: (fault, operation) =>
      operation === 'StartWorkflowExecution' && fault.check === 'StartWorkflowExecution:domain.unknown'
        ? new SwfFault('InternalFailure', undefined, 500, fault.check)
        : fault,
  },
  {
    name: 'overlong-domain-unknown-resource',
    description:
      'A domain longer than 256 characters is answered with UnknownResourceFault instead of ValidationException: a client error, as the contract allows, but not the likely code (a soft finding).',
    replaceFault: (fault, operation, request) =>
      operation === 'StartWorkflowExecution' && fault.check === 'StartWorkflowExecution:domain.max'
        ? new SwfFault(
            'UnknownResourceFault',
            `Unknown domain: ${String((request as { domain?: unknown })?.domain)}`,
            400,
            fault.check,
          )
        : fault,
  },
  {
    name: 'allow-duplicate-open',
    description: 'A second open execution with the same workflowId in the same domain is accepted.',
    skipChecks: ['StartWorkflowExecution:workflowId.already-started'],
  },
  {
    name: 'refuse-reuse-after-close',
    description:
      'A workflowId whose earlier run is closed cannot be started again (WorkflowExecutionAlreadyStartedFault).',
    blocksReuse: () => true,
  },
  {
    name: 'terminate-keeps-open',
    description:
      'TerminateWorkflowExecution answers 200 but the execution stays open, so its workflowId cannot be started again.',
    keepsOpenOnTerminate: true,
  },
  {
    name: 'ignore-tasklist-override',
    description: "When the type has a default task list, the request's taskList is ignored and the default recorded.",
    alterEffective: (config, _request, defaults) =>
      defaults.defaultTaskList ? { ...config, taskList: { ...defaults.defaultTaskList } } : config,
  },
  {
    name: 'drop-tags-from-started-event',
    description:
      'The WorkflowExecutionStarted event carries no tagList (DescribeWorkflowExecution still shows the tags).',
    alterStartedEvent: ({ tagList: _dropped, ...rest }) => rest,
  },
  {
    name: 'state-checks-first',
    description:
      'A request that is invalid and also names, say, an unknown domain gets the state fault (UnknownResourceFault) instead of ValidationException: another validation order, within the contract.',
    stateChecksFirst: true,
  },
  ...WIRE_QUIRKS,
  ...ANSWER_QUIRKS,
  ...POLICY_QUIRKS,
  ...LIMIT_QUIRKS,
  ...LIFECYCLE_QUIRKS,
];

/** The names of all quirks, for messages and CLI help. */
export const QUIRK_NAMES: readonly string[] = QUIRKS.map((q) => q.name);
