import type { Spec } from '../../spec/spec-types';
import { buildWorld } from '../../model/build-world';
import type { World } from '../../model/world';

/** The prefix of every type version the aws target registers; what carries it is the harness's to clean up. */
export const AWS_VERSION_PREFIX = 'swfc-';

/**
 * The world of the aws target: the one domain it may touch, holding the usual types under a run-specific version.
 * Rules that need a second or a deprecated domain are not run there.
 */
export function buildAwsWorld(spec: Spec, domain: string, version: string): World {
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
    runTag: full.runTag,
    domains: [{ role: 'main', name: domain, status: 'REGISTERED' }],
    types,
    open: [],
    closed: [],
  };
}
