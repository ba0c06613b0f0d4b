import fc from 'fast-check';
import type { ValidRequest } from '../model/request.ts';
import { MissingFixtureError, type DomainRole, type TypeFixture, type World } from '../model/world.ts';
import type { Constraints } from './constraints.ts';
import { validName } from './valid-name.ts';
import { integerString } from './integer-string.ts';
import { timeoutValue } from './timeout-value.ts';
import { lambdaRole } from './lambda-role.ts';
import { tagList } from './tag-list.ts';

export interface ValidRequestOptions {
  /** Domains to choose from; default every usable domain. */
  domains?: DomainRole[];
  /** Fixed types to choose from; default every usable type in those domains. */
  types?: TypeFixture[];
}

/** The types a valid request may name: registered, in a registered domain of the allowed roles. */
export function usableTypes(world: World, roles?: DomainRole[]): TypeFixture[] {
  return world.types.filter((t) => {
    const d = world.domains.find((x) => x.name === t.domain)!;
    return t.status === 'REGISTERED' && d.status === 'REGISTERED' && (!roles || roles.includes(d.role));
  });
}

/** Yields requests that break no rule: any usable type, overrides or defaults, every optional member or none. */
export function validRequest(
  c: Constraints,
  world: World,
  options: ValidRequestOptions = {},
): fc.Arbitrary<ValidRequest> {
  const types = options.types ?? usableTypes(world, options.domains);
  if (!types.length) throw new MissingFixtureError(`no usable type in ${options.domains?.join(', ') ?? 'any'} domain`);
  // Built once per type, not once per case: building them (lambdaRole's pattern, binary text) costs far more than drawing.
  const byType = new Map(types.map((type) => [type, requestOfType(c, type)]));
  return fc.constantFrom(...types).chain((type) => byType.get(type)!);
}

/** Valid requests naming one type. */
function requestOfType(c: Constraints, type: TypeFixture): fc.Arbitrary<ValidRequest> {
  const s = c.strings;
  // A member the type has no default for must be sent; one it has a default for may be.
  const needs = (present: boolean, arb: fc.Arbitrary<unknown>) => (present ? fc.option(arb, { nil: undefined }) : arb);
  return fc
    .record({
      workflowId: validName(c.spec, s.workflowId),
      taskList: needs(
        !!type.defaults.defaultTaskList,
        validName(c.spec, s['taskList.name']).map((name) => ({ name })),
      ),
      executionStartToCloseTimeout: needs(
        !!type.defaults.defaultExecutionStartToCloseTimeout,
        timeoutValue(c, 'executionStartToCloseTimeout'),
      ),
      taskStartToCloseTimeout: needs(
        !!type.defaults.defaultTaskStartToCloseTimeout,
        timeoutValue(c, 'taskStartToCloseTimeout'),
      ),
      childPolicy: needs(!!type.defaults.defaultChildPolicy, fc.constantFrom(...c.childPolicies)),
      taskPriority: fc.option(integerString(c.taskPriority.min, c.taskPriority.max), { nil: undefined }),
      input: fc.option(validName(c.spec, { ...s.input, minLength: 1 }), { nil: undefined }),
      tagList: fc.option(tagList(c), { nil: undefined }),
      lambdaRole: fc.option(lambdaRole(), { nil: undefined }),
    })
    .map((members) => {
      const request: Record<string, unknown> = {
        domain: type.domain,
        workflowType: { name: type.name, version: type.version },
      };
      for (const [k, v] of Object.entries(members)) if (v !== undefined) request[k] = v;
      return request as unknown as ValidRequest;
    });
}
