import type { TypeDefaults } from '../../model/world.ts';
import type { InteractionRecording, RecordedInteraction } from '../interaction-recording.ts';
import { asObject as obj } from '../as-object.ts';
import { faultOf } from '../fault-of.ts';
import { pickTypeDefaults } from '../../model/pick-type-defaults.ts';

/** A domain or workflow type the recorded service held before the recording began, as its answers show. */
export interface RecordedFixtures {
  domains: Array<{ name: string; retention: string; deprecated: boolean }>;
  types: Array<{ domain: string; name: string; version: string; deprecated: boolean; defaults: TypeDefaults }>;
}

// Answers that a call only gets when its domain (and, for a start, its type) exists.
const EXISTS_FAULTS = new Set([
  'DefaultUndefinedFault',
  'TypeDeprecatedFault',
  'DomainDeprecatedFault',
  'WorkflowExecutionAlreadyStartedFault',
  'LimitExceededFault',
  'TypeAlreadyExistsFault',
  'DomainAlreadyExistsFault',
]);

const typeKey = (domain: string, t: Record<string, unknown>) => `${domain}/${String(t.name)}/${String(t.version)}`;

/**
 * The fixtures to register before a replay: every domain and workflow type the recording's calls name and its answers
 * show to exist (a success, or a fault only an existing one gets), with the defaults and status a Describe answer
 * shows. What the recording registers itself is left to the replay.
 */
export function fixturesOfRecording(recording: InteractionRecording): RecordedFixtures {
  const domains = new Map<string, RecordedFixtures['domains'][number]>();
  const types = new Map<string, RecordedFixtures['types'][number]>();
  const registeredByRecording = new Set<string>();
  for (const i of recording.interactions) {
    const req = obj(i.request.body.json);
    const res = obj(i.response.body.json);
    const ok = i.response.status >= 200 && i.response.status < 300;
    const exists = ok || EXISTS_FAULTS.has(faultOf(i));
    // Registered by the recording only when it was accepted; refused as existing, it existed before.
    if (i.operation === 'RegisterDomain' && ok) registeredByRecording.add(String(req.name));
    if (i.operation === 'RegisterWorkflowType' && ok) registeredByRecording.add(typeKey(String(req.domain), req));
    const domain =
      typeof req.domain === 'string'
        ? req.domain
        : ['DescribeDomain', 'RegisterDomain'].includes(i.operation)
          ? req.name
          : undefined;
    if (typeof domain !== 'string' || !exists || registeredByRecording.has(domain)) continue;
    const d = domains.get(domain) ?? { name: domain, retention: '1', deprecated: false };
    domains.set(domain, d);
    if (i.operation === 'DescribeDomain' && ok) {
      d.retention = String(obj(res.configuration).workflowExecutionRetentionPeriodInDays ?? d.retention);
      d.deprecated = obj(res.domainInfo).status === 'DEPRECATED';
    }
    if (faultOf(i) === 'DomainDeprecatedFault') d.deprecated = true;
    for (const t of typesNamed(i)) {
      const key = typeKey(domain, t);
      if (registeredByRecording.has(key)) continue;
      const type = types.get(key) ?? {
        domain,
        name: String(t.name),
        version: String(t.version),
        deprecated: false,
        defaults: {},
      };
      types.set(key, type);
      if (i.operation === 'DescribeWorkflowType' && ok) {
        type.defaults = pickTypeDefaults(obj(res.configuration));
        type.deprecated = obj(res.typeInfo).status === 'DEPRECATED';
      }
      if (i.operation === 'StartWorkflowExecution' && faultOf(i) === 'TypeDeprecatedFault') type.deprecated = true;
    }
  }
  return { domains: [...domains.values()], types: [...types.values()] };
}

/** The workflow types an interaction shows to exist: the one it names (Describe, a start) and the children its history started. */
function typesNamed(i: RecordedInteraction): Array<Record<string, unknown>> {
  const req = obj(i.request.body.json);
  const named = ['DescribeWorkflowType', 'StartWorkflowExecution'].includes(i.operation)
    ? [obj(req.workflowType)]
    : i.operation === 'RegisterWorkflowType'
      ? [req]
      : [];
  const events = obj(i.response.body.json).events;
  const children = Array.isArray(events)
    ? events
        .filter((e) => obj(e).eventType === 'ChildWorkflowExecutionStarted')
        .map((e) => obj(obj(obj(e).childWorkflowExecutionStartedEventAttributes).workflowType))
    : [];
  return [...named, ...children].filter((t) => typeof t.name === 'string' && typeof t.version === 'string');
}
