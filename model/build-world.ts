import type { Spec } from '../spec/spec-types.ts';
import { memberSchema } from '../spec/member-schema.ts';
import type { TypeDefaults, TypeFixture, World } from './world.ts';

// Characters outside ASCII, one of them astral, so edge names test unicode at the length limit.
const EDGE_PAD = ['é', 'ж', '字', '𝄞', 'ß'];

/** Pads a prefix with non-ASCII characters up to exactly `length` code points. */
export function padToCodePoints(prefix: string, length: number): string {
  const out = [...prefix].slice(0, length);
  for (let i = 0; out.length < length; i++) out.push(EDGE_PAD[i % EDGE_PAD.length]);
  return out.join('');
}

const FULL_DEFAULTS = (tag: string): TypeDefaults => ({
  defaultTaskList: { name: `${tag}-default-tasks` },
  defaultExecutionStartToCloseTimeout: '86400',
  defaultTaskStartToCloseTimeout: 'NONE',
  defaultTaskPriority: '7',
  defaultChildPolicy: 'ABANDON',
  defaultLambdaRole: 'arn:aws:iam::123456789012:role/swf-conformance-default',
});

/** The fixtures every run creates, named after the run tag; edge names sit exactly at the spec's length limits. */
export function buildWorld(spec: Spec, runTag: string): World {
  const max = (member: string) => memberSchema(spec, member)?.maxLength ?? 64;
  const main = `${runTag}-main`;
  const edge = padToCodePoints(`${runTag}-edge-`, max('domain'));
  const other = `${runTag}-other`;
  const deprecated = `${runTag}-deprecated`;
  const full = FULL_DEFAULTS(runTag);
  const type = (
    role: TypeFixture['role'],
    domain: string,
    name: string,
    defaults: TypeDefaults,
    status: TypeFixture['status'] = 'REGISTERED',
  ): TypeFixture => ({ role, domain, name, version: '1', status, defaults });
  return {
    runTag,
    domains: [
      { role: 'main', name: main, status: 'REGISTERED' },
      { role: 'edge', name: edge, status: 'REGISTERED' },
      { role: 'other', name: other, status: 'REGISTERED' },
      { role: 'deprecated', name: deprecated, status: 'DEPRECATED' },
    ],
    types: [
      type('full', main, 'full', full),
      type('bare', main, 'bare', {}),
      type('partial-a', main, 'partial-a', {
        defaultTaskList: full.defaultTaskList,
        defaultExecutionStartToCloseTimeout: '600',
      }),
      type('partial-b', main, 'partial-b', {
        defaultTaskStartToCloseTimeout: '30',
        defaultChildPolicy: 'REQUEST_CANCEL',
        defaultTaskPriority: '-5',
      }),
      type('deprecated', main, 'deprecated', full, 'DEPRECATED'),
      type('other', other, 'full', full),
      type('in-deprecated-domain', deprecated, 'full', full, 'DEPRECATED'),
      {
        role: 'edge',
        domain: edge,
        status: 'REGISTERED',
        defaults: full,
        name: padToCodePoints('edge-', max('workflowType.name')),
        version: padToCodePoints('v-', max('workflowType.version')),
      },
    ],
    open: [],
    closed: [],
  };
}
