import type { Request } from './request.ts';
import type { WireForm } from './wire.ts';
import type { LifecyclePlan } from './lifecycle.ts';

/** A call the runner makes before the case's request, to put the target in the state the rule needs. */
export type Step =
  { op: 'start'; request: Request } | { op: 'terminate'; domain: string; workflowId: string; runId?: string };

/** One generated test case: a request (and its preparation) meant to exercise exactly one rule. */
export interface Case {
  rule: string;
  before: Step[];
  /** What the request means (for a wire case: what its body says, or the request it was made from). */
  request: Request;
  /** Present for wire-level cases: the request goes out as this raw HTTP instead of through the SDK. */
  wire?: WireForm;
  /** Present for lifecycle cases: what the harness does with the started execution, and so what it must show. */
  lifecycle?: LifecyclePlan;
  /** How the case sits in its rule's space (which member, which character, where), for coverage reports. */
  facets?: Record<string, string | number>;
}
