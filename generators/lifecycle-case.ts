import fc from 'fast-check';
import type { LifecycleBehaviour } from '../spec/spec-types.ts';
import type { Case } from '../model/case.ts';
import type { LifecyclePlan, ListingFilter, ListingOperation } from '../model/lifecycle.ts';
import type { ValidRequest } from '../model/request.ts';
import { findType, typeOfRole, type World } from '../model/world.ts';
import type { Constraints } from './constraints.ts';
import type { RuleGenerator } from './rule-generator.ts';
import { lifecycleRequest, ownName } from './lifecycle-request.ts';
import { filterableTag } from './filterable-tag.ts';

/** A lifecycle case before it is tied to its rule. */
interface Drawn {
  request: ValidRequest;
  plan?: Omit<LifecyclePlan, 'behaviour'>;
  facets?: Record<string, string | number>;
}

/** `name` yields run-tagged names unique to the rule, so that cases of two rules never share one. */
type Builder = (c: Constraints, world: World, name: (what: string) => fc.Arbitrary<string>) => fc.Arbitrary<Drawn>;

const seconds = (range: { min: number; max: number }) => fc.integer(range);
const LISTINGS: ListingOperation[] = [
  'ListOpenWorkflowExecutions',
  'CountOpenWorkflowExecutions',
  'ListClosedWorkflowExecutions',
  'CountClosedWorkflowExecutions',
];
const PAIRS: Array<[ListingFilter, ListingFilter]> = [
  ['executionFilter', 'typeFilter'],
  ['executionFilter', 'tagFilter'],
  ['typeFilter', 'tagFilter'],
];
const POLICIES = ['TERMINATE', 'REQUEST_CANCEL', 'ABANDON'];

/** Where the effective task list came from, for coverage. */
const listSource = (r: ValidRequest) => (r.taskList ? 'request' : 'type default');

/** The valid request as drawn (a run-tagged task list where it names one), with nothing else to do. */
const plain: Builder = (c, world, name) =>
  lifecycleRequest(c, world, { oftenTypeDefaultList: true }, name).map((request) => ({
    request,
    facets: { taskList: listSource(request) },
  }));

const counted: Builder = (c, world, name) =>
  fc
    .tuple(lifecycleRequest(c, world, { oftenTypeDefaultList: true }, name), name('never-used'))
    .map(([request, unused]) => {
      const type = findType(world, request.domain, request.workflowType.name, request.workflowType.version)!;
      // The type's default list when the request overrides it: the likeliest list for a target to confuse with the right one.
      const otherList = request.taskList && type.defaults.defaultTaskList ? type.defaults.defaultTaskList.name : unused;
      return {
        request,
        plan: { otherList },
        facets: { taskList: listSource(request), 'other list': otherList === unused ? 'never used' : 'type default' },
      };
    });

const priority: Builder = (c, world, name) => {
  // Small values make ties (whose order is not judged) and near neighbours; the full range reaches the int32 bounds.
  const value = fc.oneof(fc.integer({ min: -3, max: 3 }).map(String), fc.bigInt(c.taskPriority).map(String));
  return fc
    .tuple(
      lifecycleRequest(c, world, { ownTaskList: true, taskTimeout: 'bounded' }, name),
      value,
      fc.array(fc.tuple(name('sibling'), value), { minLength: 1, maxLength: 3 }),
    )
    .map(([request, own, siblings]) => {
      const all = [own, ...siblings.map(([, p]) => p)];
      return {
        request: { ...request, taskPriority: own },
        plan: { siblings: siblings.map(([workflowId, taskPriority]) => ({ workflowId, taskPriority })) },
        facets: { tasks: all.length, priorities: new Set(all).size === all.length ? 'distinct' : 'with ties' },
      };
    });
};

const executionTimeout: Builder = (c, world, name) =>
  seconds(c.spec.lifecycle.timeouts.executionSeconds).chain((t) =>
    lifecycleRequest(c, world, { ownTaskList: true, executionTimeout: t }, name).map((request) => ({
      request,
      facets: { seconds: t },
    })),
  );

// NONE one case in three: enough to see it, and those cases must be watched to the end of their wait.
const decisionTimeout: Builder = (c, world, name) =>
  fc
    .oneof(
      { weight: 2, arbitrary: seconds(c.spec.lifecycle.timeouts.decisionSeconds).map(String) },
      { weight: 1, arbitrary: fc.constant('NONE') },
    )
    .chain((t) =>
      lifecycleRequest(c, world, { ownTaskList: true, taskTimeout: t }, name).map((request) => ({
        request,
        facets: { taskStartToCloseTimeout: t === 'NONE' ? 'NONE' : 'seconds' },
      })),
    );

/** Listings: 1 to maxTags tags a filter can name, and a tag, workflowId and registered type the execution lacks. */
const listings =
  (closed: boolean): Builder =>
  (c, world, name) =>
    fc
      .tuple(
        lifecycleRequest(c, world, { ownTaskList: true }, name),
        fc.uniqueArray(filterableTag(), { minLength: 1, maxLength: c.maxTags }),
        name('absent-tag'),
        name('absent-id'),
      )
      .map(([request, tags, tag, workflowId]) => {
        const typeName = world.types.find(
          (t) => t.domain === request.domain && t.status === 'REGISTERED' && t.name !== request.workflowType.name,
        )!.name;
        return {
          request: { ...request, tagList: tags as ValidRequest['tagList'] },
          plan: { lacking: { tag, workflowId, typeName } },
          facets: { tags: tags.length, listed: closed ? 'closed' : 'open' },
        };
      });

const exclusive: Builder = (c, world, name) =>
  fc
    .tuple(
      lifecycleRequest(c, world, { ownTaskList: true }, name),
      fc.constantFrom(...LISTINGS),
      fc.constantFrom(...PAIRS),
    )
    .map(([request, operation, filters]) => ({
      request,
      plan: { exclusive: { operation, filters } },
      facets: { operation, filters: filters.join('+') },
    }));

/** A parent whose first decision starts a child; it closes by termination (optionally overriding) or by its time-out. */
const parent =
  (override: boolean): Builder =>
  (c, world, name) =>
    fc
      .tuple(
        fc.constantFrom<'terminate' | 'timeout'>(
          ...(override ? ['terminate' as const] : ['terminate' as const, 'timeout' as const]),
        ),
        seconds(c.spec.lifecycle.timeouts.executionSeconds),
        fc.constantFrom(...POLICIES),
        fc.constantFrom(...POLICIES),
        name('child'),
        name('child-tasks'),
      )
      .chain(([closeBy, t, own, other, workflowId, taskList]) =>
        lifecycleRequest(
          c,
          world,
          {
            ownTaskList: true,
            taskTimeout: 'bounded',
            ...(closeBy === 'timeout' ? { executionTimeout: t } : {}),
          },
          name,
        ).map((request) => {
          const bare = typeOfRole(world, 'bare');
          const child = { workflowId, taskList, workflowType: { name: bare.name, version: bare.version } };
          const terminateChildPolicy = override ? other : undefined;
          return {
            request: { ...request, childPolicy: own as ValidRequest['childPolicy'] },
            plan: { child, closeBy, ...(terminateChildPolicy ? { terminateChildPolicy } : {}) },
            facets: { closeBy, childPolicy: terminateChildPolicy ?? own },
          };
        }),
      );

const lambda: Builder = (c, world, name) =>
  fc
    .tuple(lifecycleRequest(c, world, { ownTaskList: true, taskTimeout: 'bounded' }, name), name('lambda'))
    .map(([request, id]) => ({
      request,
      plan: { lambda: { id, name: 'swf-conformance-no-such-function' } },
      facets: { lambdaRole: request.lambdaRole ? 'request' : 'none in request' },
    }));

const BUILDERS = {
  decisionTaskScheduled: plain,
  decisionTaskCounted: counted,
  decisionTaskPolled: plain,
  priorityOrder: priority,
  executionTimeout,
  decisionTimeout,
  openListings: listings(false),
  closedListings: listings(true),
  exclusiveFilters: exclusive,
  childPolicy: parent(false),
  childPolicyOverride: parent(true),
  lambdaRole: lambda,
} satisfies Record<LifecycleBehaviour, Builder>;

/** The cases of a lifecycle rule: a valid start on the main domain and what the harness then does with it. */
export const lifecycleCase: RuleGenerator = (rule, c, world) => {
  const behaviour = rule.check.behaviour;
  if (!behaviour) throw new Error(`lifecycle rule ${rule.id} names no behaviour`);
  const name = (what: string) => ownName(world, `${behaviour}-${what}`);
  return BUILDERS[behaviour](c, world, name).map(({ request, plan, facets }): Case => ({
    rule: rule.id,
    before: [],
    request,
    lifecycle: { behaviour, ...plan },
    ...(facets ? { facets } : {}),
  }));
};
