import fc from 'fast-check';
import type { ValidRequest } from '../model/request.ts';
import { findType, type World } from '../model/world.ts';
import type { Constraints } from './constraints.ts';
import { validRequest } from './valid-request.ts';

/** How a lifecycle generator narrows the valid request space: what must hold for the behaviour to be watched. */
export interface LifecycleRequestOptions {
  /** The task list is always the case's own (else the request's or the type's default, as drawn). */
  ownTaskList?: boolean;
  /** An execution time-out in seconds (drawn from the spec's range), for cases that wait for it. */
  executionTimeout?: number;
  /** The task time-out: a number of seconds, NONE, or 'bounded' (any number of seconds long enough to be watched). */
  taskTimeout?: string | 'bounded';
  /** Half the cases whose type has a default task list leave the request's out, so the default is exercised as often. */
  oftenTypeDefaultList?: boolean;
}

// An execution that must stay open while it is watched: at least this many seconds (the valid space allows 1).
const LONG_ENOUGH = 300;

/**
 * A run-tagged name, so that on a shared account the run polls and lists only what it started; unbiased and long, so
 * that two cases of a run almost never draw the same one (they would have to run in separate rounds).
 */
export const ownName = (world: World, what: string) =>
  fc.noBias(fc.stringMatching(/^[a-z0-9]{12}$/)).map((s) => `${world.runTag}-${what}-${s}`);

/** The seconds an effective timeout stands for, or undefined for NONE. */
const secondsOf = (value: string | undefined) =>
  value === undefined || !/^\d+$/.test(value) ? undefined : Number(value);

/** Valid requests on the main domain, narrowed so that the behaviour a lifecycle rule is about can be watched. */
export function lifecycleRequest(
  c: Constraints,
  world: World,
  options: LifecycleRequestOptions,
  name: (what: string) => fc.Arbitrary<string>,
): fc.Arbitrary<ValidRequest> {
  return fc
    .tuple(
      validRequest(c, world, { domains: ['main'] }),
      name('tasks'),
      name('id'),
      fc.integer({ min: LONG_ENOUGH, max: 86_400 }),
      fc.boolean(),
    )
    .map(([request, list, id, long, omitList]) => {
      const type = findType(world, request.domain, request.workflowType.name, request.workflowType.version)!;
      // The drawn workflowId keeps its characters but gets a unique end: cases of a round must not share one.
      const workflowId = `${[...request.workflowId].slice(0, c.strings.workflowId.maxLength - id.length - 1).join('')}-${id}`;
      const out: ValidRequest = { ...request, workflowId };
      // A drawn list name is replaced by the run's own, so no one else's tasks are polled or counted.
      if (options.ownTaskList || out.taskList) out.taskList = { name: list };
      if (!options.ownTaskList && options.oftenTypeDefaultList && omitList && type.defaults.defaultTaskList)
        delete out.taskList;
      const execution = secondsOf(
        out.executionStartToCloseTimeout ?? type.defaults.defaultExecutionStartToCloseTimeout,
      );
      if (options.executionTimeout !== undefined) out.executionStartToCloseTimeout = String(options.executionTimeout);
      else if (execution === undefined || execution < LONG_ENOUGH) out.executionStartToCloseTimeout = String(long);
      const task = out.taskStartToCloseTimeout ?? type.defaults.defaultTaskStartToCloseTimeout;
      if (options.taskTimeout === 'bounded') {
        if ((secondsOf(task) ?? 0) < LONG_ENOUGH) out.taskStartToCloseTimeout = String(long);
      } else if (options.taskTimeout !== undefined) out.taskStartToCloseTimeout = options.taskTimeout;
      return out;
    });
}
