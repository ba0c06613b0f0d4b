import type { Spec } from '../spec/spec-types';
import type { Request } from '../model/request';
import type { World } from '../model/world';
import { findViolations } from './find-violations';
import { resolveResources } from './resolve-resources';
import { effectiveConfig } from './effective-config';
import type { Expected } from './expected';
import { findAllowances } from './find-allowances';
import { expectRejection } from './expect-rejection';

/** The oracle: what the contract expects of a StartWorkflowExecution request in a world. */
export function expectOutcome(spec: Spec, world: World, request: Request): Expected {
  const broken = findViolations(spec, world, request);
  if (broken.length === 0) {
    const type = resolveResources(world, request, new Set()).type;
    if (!type) throw new Error('oracle: a request that breaks no rule must name a registered type');
    const allowances = findAllowances(spec, world, request);
    return { outcome: 'success', effective: effectiveConfig(spec, type, request), ...(allowances.length ? { allowances } : {}) };
  }
  return expectRejection(broken);
}
