/** Every rule family, in the order runs and reports list them: the one list (the loader checks each rule's family by it). */
export const FAMILIES = [
  'required-members',
  'lengths',
  'tag-list',
  'characters',
  'value-formats',
  'defaults',
  'resources',
  'workflow-id-reuse',
  'effects',
  'wire',
  'validation-order',
  'access',
  'limits',
  'lifecycle',
] as const;

export type Family = (typeof FAMILIES)[number];
