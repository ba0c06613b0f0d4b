import type { CallerPolicy } from './policy/caller-policy.ts';

// What the harness knows is on a target: the fixtures it created, the executions it left open and those it closed.

export interface TypeDefaults {
  defaultTaskList?: { name: string };
  defaultExecutionStartToCloseTimeout?: string;
  defaultTaskStartToCloseTimeout?: string;
  defaultTaskPriority?: string;
  defaultChildPolicy?: string;
  defaultLambdaRole?: string;
}

export type Status = 'REGISTERED' | 'DEPRECATED';

/** Why a fixture exists; generators pick fixtures by role. */
export type DomainRole = 'main' | 'edge' | 'other' | 'deprecated';
export type TypeRole =
  'full' | 'bare' | 'partial-a' | 'partial-b' | 'edge' | 'deprecated' | 'in-deprecated-domain' | 'other';

export interface DomainFixture {
  role: DomainRole;
  name: string;
  status: Status;
}

export interface TypeFixture {
  role: TypeRole;
  domain: string;
  name: string;
  version: string;
  status: Status;
  defaults: TypeDefaults;
}

export interface OpenExecution {
  domain: string;
  workflowId: string;
  runId: string;
}

export interface World {
  runTag: string;
  domains: DomainFixture[];
  types: TypeFixture[];
  open: OpenExecution[];
  /** Executions the harness terminated; their workflowIds may be started again. */
  closed: OpenExecution[];
  /** The policy the caller of every case's own request carries (run --policy); absent: none is known. */
  callerPolicy?: CallerPolicy;
  /** The target's quotas, as the harness was told them (run --open-execution-quota); never guessed. */
  quotas?: { openExecutionsPerDomain?: number };
}

/** What a run knew beyond its fixtures, as the user told it; the access and limits cases are generated from it. */
export type RunKnowledge = Pick<World, 'callerPolicy' | 'quotas'>;

/** The run knowledge a world holds, for regenerating its cases elsewhere (shrinking, replay). */
export function knowledgeOf(world: World): RunKnowledge {
  return {
    ...(world.callerPolicy ? { callerPolicy: world.callerPolicy } : {}),
    ...(world.quotas ? { quotas: world.quotas } : {}),
  };
}

/** Finds a domain by name. */
export function findDomain(world: World, name: unknown): DomainFixture | undefined {
  return world.domains.find((d) => d.name === name);
}

/** Finds a type by domain, name and version. */
export function findType(world: World, domain: unknown, name: unknown, version: unknown): TypeFixture | undefined {
  return world.types.find((t) => t.domain === domain && t.name === name && t.version === version);
}

/** A rule has no cases in this run, for the reason in the message (a missing fixture, no policy given...). */
export class RuleNotApplicable extends Error {}

/** A rule needs a fixture this target's world cannot hold (the aws target has one domain only). */
export class MissingFixtureError extends RuleNotApplicable {}

/** The fixture of a role; throws MissingFixtureError when the world has none. */
export function domainOfRole(world: World, role: DomainRole): DomainFixture {
  const d = world.domains.find((x) => x.role === role);
  if (!d) throw new MissingFixtureError(`no ${role} domain`);
  return d;
}

/** The type of a role; throws MissingFixtureError when the world has none. */
export function typeOfRole(world: World, role: TypeRole): TypeFixture {
  const t = world.types.find((x) => x.role === role);
  if (!t) throw new MissingFixtureError(`no ${role} type`);
  return t;
}
