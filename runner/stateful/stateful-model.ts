import type { Spec } from '../../spec/spec-types';
import type { World } from '../../model/world';

/** What the oracle believes the target holds, updated command by command. */
export interface StatefulModel {
  spec: Spec;
  world: World;
}

/** The small pools commands draw from, so that sequences collide on purpose (duplicates, reuse, other domains). */
export const WORKFLOW_IDS = ['order-a', 'order-b'] as const;
export const DOMAIN_ROLES = ['main', 'other'] as const;
export type DomainPick = (typeof DOMAIN_ROLES)[number];

/** The domain of a role, and the 'full' type it holds (the main domain's, or the other domain's own). */
export function pick(world: World, role: DomainPick) {
  const domain = world.domains.find((d) => d.role === role)!;
  const type = world.types.find((t) => t.domain === domain.name && t.name === 'full')!;
  return { domain, type };
}

/** A failed comparison between the target and the model; its message names what each side said. */
export class ModelMismatch extends Error {}
