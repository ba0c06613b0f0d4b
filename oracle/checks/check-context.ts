import type { Check, Spec } from '../../spec/spec-types.ts';
import type { Request } from '../../model/request.ts';
import type { DomainFixture, TypeFixture, World } from '../../model/world.ts';

/** The resources a request names, as far as its members are valid enough to look them up. */
export interface Resolved {
  /** The domain named, null when it does not exist, undefined when the name itself is invalid. */
  domain?: DomainFixture | null;
  /** The type named in a usable domain, null when it does not exist there, undefined when not looked up. */
  type?: TypeFixture | null;
  /** True when the request's workflowId is valid enough to compare with open executions. */
  workflowIdUsable: boolean;
}

export interface CheckContext {
  spec: Spec;
  check: Check;
  request: Request;
  world: World;
  resolved: Resolved;
}

/** A check says whether its rule holds for a request: true, false, or undefined when the rule does not apply. */
export type CheckFn = (ctx: CheckContext) => boolean | undefined;
