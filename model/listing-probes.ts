import type { Case } from './case.ts';
import type { ListingOperation } from './lifecycle.ts';

/** One listing or count a listings case asks, and whether the case's execution must be in its answer. */
export interface ListingProbe {
  /** The answer's name in LifecycleAnswers. */
  key: string;
  operation: ListingOperation;
  input: Record<string, unknown>;
  /** 'found': the execution is listed (a count of at least 1); 'absent': it is not (a count of 0). */
  expect: 'found' | 'absent';
}

// Listings are eventually consistent and clocks differ: the time filter reaches back well before the start.
const SKEW_SECONDS = 600;

/** The startTimeFilter of a listing that must find an execution started at `startedAtSeconds`. */
export const startedAround = (startedAtSeconds: number) => ({
  oldestDate: new Date((startedAtSeconds - SKEW_SECONDS) * 1000),
});

/**
 * The listings a listings case asks, open or closed: by each tag, by type with and without version, by workflowId
 * (and, closed, by close status); by a tag and a workflowId the execution lacks (lists and counts, which must be 0),
 * and by a registered type it lacks (lists only: other executions of that type may be counted).
 */
export function listingProbes(kase: Case, startedAtSeconds: number, closed: boolean): ListingProbe[] {
  const r = kase.request as {
    domain: string;
    workflowId: string;
    workflowType: { name: string; version: string };
    tagList?: string[];
  };
  const lacking = kase.lifecycle?.lacking;
  const [list, count]: ListingOperation[] = closed
    ? ['ListClosedWorkflowExecutions', 'CountClosedWorkflowExecutions']
    : ['ListOpenWorkflowExecutions', 'CountOpenWorkflowExecutions'];
  const base = { domain: r.domain, startTimeFilter: startedAround(startedAtSeconds) };
  const filters: Array<[string, Record<string, unknown>, ListingProbe['expect'], boolean]> = [
    ...(r.tagList ?? []).map((tag, i): [string, Record<string, unknown>, ListingProbe['expect'], boolean] => [
      `tag ${i}`,
      { tagFilter: { tag } },
      'found',
      true,
    ]),
    ['type', { typeFilter: r.workflowType }, 'found', true],
    ['type name', { typeFilter: { name: r.workflowType.name } }, 'found', true],
    ['workflowId', { executionFilter: { workflowId: r.workflowId } }, 'found', true],
    ...(closed
      ? [
          ['close status', { closeStatusFilter: { status: 'TERMINATED' } }, 'found', true] as [
            string,
            Record<string, unknown>,
            ListingProbe['expect'],
            boolean,
          ],
        ]
      : []),
    ...(lacking
      ? ([
          ['absent tag', { tagFilter: { tag: lacking.tag } }, 'absent', true],
          ['absent workflowId', { executionFilter: { workflowId: lacking.workflowId } }, 'absent', true],
          ['other type', { typeFilter: { name: lacking.typeName } }, 'absent', false],
        ] as Array<[string, Record<string, unknown>, ListingProbe['expect'], boolean]>)
      : []),
  ];
  return filters.flatMap(([label, filter, expect, counted]) => [
    { key: `${list} by ${label}`, operation: list, input: { ...base, ...filter, maximumPageSize: 1000 }, expect },
    ...(counted ? [{ key: `${count} by ${label}`, operation: count, input: { ...base, ...filter }, expect }] : []),
  ]);
}
