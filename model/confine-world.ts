import type { Spec } from '../spec/spec-types.ts';
import { buildWorld } from './build-world.ts';
import type { World } from './world.ts';

/** What a target that may touch only part of an account (the aws target) confines a run to. */
export interface WorldConfinement {
  /** The one domain the run may use. */
  domain: string;
  /** The version of every type the run registers, which is also the run's tag. */
  version: string;
}

/**
 * The world of a confined run: the one domain, holding the usual types under the run's version. Rules that need a
 * second or a deprecated domain are not run there.
 */
export function confineWorld(spec: Spec, { domain, version }: WorldConfinement): World {
  const full = buildWorld(spec, 'aws');
  const main = full.domains.find((d) => d.role === 'main')!.name;
  const types = full.types
    .filter((t) => t.domain === main || t.role === 'edge')
    // The edge type keeps its long unicode name, with a version that still fits the model's 64 characters.
    .map((t) => ({
      ...t,
      domain,
      version: t.role === 'edge' ? (version + t.version).slice(0, 64) : version,
      // A default task list of the run's own, so that a lifecycle case polling it can only meet this run's tasks.
      defaults: t.defaults.defaultTaskList
        ? { ...t.defaults, defaultTaskList: { name: `${version}-default-tasks` } }
        : t.defaults,
    }));
  return {
    runTag: version,
    domains: [{ role: 'main', name: domain, status: 'REGISTERED' }],
    types,
    open: [],
    closed: [],
  };
}
