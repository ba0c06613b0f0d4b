import type { SchemaNode } from '../../spec/spec-types.ts';

/** What a JSON value shows against the request schema: wrong types, members it does not define, required ones absent or null, null list items. */
export interface SchemaFindings {
  wrongTypes: string[];
  unknownMembers: string[];
  omitted: string[];
  nulls: string[];
  /** List items that are JSON null (tagList [null]): a rule of their own, since the real service once accepted one. */
  nullItems: string[];
}

const noFindings = (): SchemaFindings => ({
  wrongTypes: [],
  unknownMembers: [],
  omitted: [],
  nulls: [],
  nullItems: [],
});

/** True when a JSON value has the type a schema node names. */
function hasType(node: SchemaNode, value: unknown): boolean {
  switch (node.type) {
    case 'string':
      return typeof value === 'string';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

/** Walks a parsed body against the spec's request schema; null counts as absent except where required. */
export function walkSchema(
  node: SchemaNode,
  value: unknown,
  path = '',
  out: SchemaFindings = noFindings(),
): SchemaFindings {
  if (!hasType(node, value)) {
    out.wrongTypes.push(path || '(body)');
    return out;
  }
  if (node.type === 'array' && node.items) {
    for (const [i, item] of (value as unknown[]).entries()) {
      if (item === null) out.nullItems.push(`${path}[${i}]`);
      else walkSchema(node.items, item, `${path}[${i}]`, out);
    }
  }
  if (node.type !== 'object') return out;
  const record = value as Record<string, unknown>;
  const at = (name: string) => (path ? `${path}.${name}` : name);
  for (const name of node.required ?? []) {
    if (!(name in record)) out.omitted.push(at(name));
    else if (record[name] === null) out.nulls.push(at(name));
  }
  for (const [name, member] of Object.entries(record)) {
    const schema = node.properties?.[name];
    if (!schema) out.unknownMembers.push(at(name));
    else if (member !== null) walkSchema(schema, member, at(name), out);
  }
  return out;
}
