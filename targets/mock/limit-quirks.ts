import type { Quirk } from './quirk.ts';

/** Quirks in the mock's quotas (they matter only to a mock given low limits): a quota that is never enforced. */
export const LIMIT_QUIRKS: readonly Quirk[] = [
  {
    name: 'no-open-execution-quota',
    description:
      'StartWorkflowExecution never refuses a start for the open-executions quota of its domain (no LimitExceededFault).',
    skipChecks: ['StartWorkflowExecution:limit.openExecutions'],
  },
];
