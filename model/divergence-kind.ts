/** Every kind of divergence, in the order reports list them. */
export const DIVERGENCE_KINDS = [
  'accepted-invalid',
  'rejected-valid',
  'wrong-error',
  'wrong-effect',
  'wrong-behaviour',
  'server-error',
  'timeout',
  'malformed-answer',
  'target-corrupted',
] as const;
export type DivergenceKind = (typeof DIVERGENCE_KINDS)[number];
