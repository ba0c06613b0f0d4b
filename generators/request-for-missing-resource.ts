import fc from 'fast-check';
import { domainOfRole, typeOfRole } from '../model/world.ts';
import { validRequest } from './valid-request.ts';
import { validName } from './valid-name.ts';
import { withMember } from './with-member.ts';
import type { RuleGenerator } from './rule-generator.ts';

/** Yields otherwise valid requests naming a domain that is not registered. */
export const requestForUnknownDomain: RuleGenerator = (rule, c, world) => {
  const names = new Set(world.domains.map((d) => d.name));
  const unknown = validName(c.spec, c.strings.domain).filter((n) => !names.has(n));
  return fc.tuple(validRequest(c, world), unknown).map(([request, domain]) => ({
    rule: rule.id,
    before: [],
    request: withMember(request, 'domain', domain),
    facets: {},
  }));
};

/** Yields requests in a registered domain naming a type it does not hold: a new name, a new version, or another domain's type. */
export const requestForUnknownType: RuleGenerator = (rule, c, world) => {
  const main = domainOfRole(world, 'main');
  const known = (name: string, version: string) =>
    world.types.some((t) => t.domain === main.name && t.name === name && t.version === version);
  const bare = typeOfRole(world, 'bare');
  const edge = typeOfRole(world, 'edge');
  const type = fc
    .oneof(
      fc
        .tuple(validName(c.spec, c.strings['workflowType.name']), validName(c.spec, c.strings['workflowType.version']))
        .map(([name, version]) => ({ name, version, how: 'new name' })),
      validName(c.spec, c.strings['workflowType.version']).map((version) => ({
        name: bare.name,
        version,
        how: 'new version',
      })),
      fc.constant({ name: edge.name, version: edge.version, how: 'type of another domain' }),
    )
    .filter((t) => !known(t.name, t.version));
  // The request is built for the bare type, so it sends every member a type default could have supplied.
  return fc.tuple(validRequest(c, world, { types: [bare] }), type).map(([request, t]) => ({
    rule: rule.id,
    before: [],
    request: withMember(request, 'workflowType', { name: t.name, version: t.version }),
    facets: { how: t.how },
  }));
};

/** Yields valid requests for the deprecated type in the main domain. */
export const requestForDeprecatedType: RuleGenerator = (rule, c, world) =>
  validRequest(c, world, { types: [typeOfRole(world, 'deprecated')] }).map((request) => ({
    rule: rule.id,
    before: [],
    request,
    facets: {},
  }));

/** Yields valid requests for a type of the deprecated domain. */
export const requestForDeprecatedDomain: RuleGenerator = (rule, c, world) =>
  validRequest(c, world, { types: [typeOfRole(world, 'in-deprecated-domain')] }).map((request) => ({
    rule: rule.id,
    before: [],
    request,
    facets: {},
  }));
