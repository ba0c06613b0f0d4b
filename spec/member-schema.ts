import type { SchemaNode, Spec } from './spec-types.ts';

/** Finds the request schema node of a member path: 'domain', 'taskList.name', 'tagList[]'. */
export function memberSchema(spec: Pick<Spec, 'request'>, member: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = spec.request;
  for (const part of member.split('.')) {
    const items = part.endsWith('[]');
    node = node?.properties?.[items ? part.slice(0, -2) : part];
    if (items) node = node?.items;
  }
  return node;
}
