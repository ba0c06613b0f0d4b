import {
  RegisterWorkflowTypeCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
  type StartWorkflowExecutionCommandInput,
} from '@aws-sdk/client-swf';
import { describe, expect, it } from 'vitest';
import { MOCK_CALLER_CREDENTIALS } from './mock-credentials.ts';
import { openMockSwf } from './open-mock-swf.ts';
import { CONDITION_KEYS } from './parse-policy-condition.ts';
import { POLICY_QUIRKS } from './policy-quirks.ts';
import { QUIRK_NAMES } from './quirks.ts';
import { createMockClient, FULL_DEFAULTS, registerFixtures, type QuirkCase } from './test-support.ts';

type Seen = Record<string, unknown>;
interface Clients {
  admin: SWFClient;
  caller: SWFClient;
}
type Probe = (clients: Clients) => Promise<Seen>;

// The caller may do anything in domain main, except start with 'forbidden' as the value of any condition key.
const POLICY = {
  Statement: [
    { Effect: 'Allow', Action: 'swf:*', Resource: 'arn:aws:swf:*:123456789012:/domain/main' },
    ...CONDITION_KEYS.map((key) => ({
      Effect: 'Deny',
      Action: 'swf:StartWorkflowExecution',
      Resource: '*',
      Condition: { StringEquals: { [key]: 'forbidden' } },
    })),
  ],
};

let ids = 0;

/** Starts (fresh workflowId, type full/1 in main unless given) and tells whether it was accepted, else how it failed. */
async function start(client: SWFClient, input: Partial<StartWorkflowExecutionCommandInput>): Promise<Seen> {
  try {
    await client.send(
      new StartWorkflowExecutionCommand({
        domain: 'main',
        workflowId: `wf-${++ids}`,
        workflowType: { name: 'full', version: '1' },
        ...input,
      }),
    );
    return { ok: true };
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { ok: false, name: e.name, status: e.$metadata?.httpStatusCode };
  }
}

/** The caller's start that puts 'forbidden' in exactly this condition key (the types it names are registered). */
function forbiddenBy(key: string): Probe {
  const tag = /^swf:tagList\.member\.(\d)$/.exec(key);
  const input: Partial<StartWorkflowExecutionCommandInput> = tag
    ? { tagList: [...Array(Number(tag[1])).fill('ok'), 'forbidden', 'ok'].slice(0, 5) }
    : key === 'swf:taskList.name'
      ? { taskList: { name: 'forbidden' } }
      : key === 'swf:workflowType.name'
        ? { workflowType: { name: 'forbidden', version: '1' } }
        : { workflowType: { name: 'full', version: 'forbidden' } };
  return ({ caller }) => start(caller, input);
}

const allowed: Probe = ({ caller }) => start(caller, { taskList: { name: 'ok' }, tagList: ['ok'] });
const implicitlyDenied: Probe = ({ caller }) => start(caller, { domain: 'other' });
const adminForbidden: Probe = ({ admin }) =>
  start(admin, { domain: 'other', tagList: ['forbidden'], taskList: { name: 'forbidden' } });
const everyKeyForbidden: Probe = async (clients) => {
  const all: Seen[] = [];
  for (const key of CONDITION_KEYS) all.push(await forbiddenBy(key)(clients));
  return { all };
};

const refused = { ok: false, name: 'OperationNotPermittedFault', status: 400 };
const accepted = { ok: true };

const CASES: Array<QuirkCase<Probe>> = [
  ...CONDITION_KEYS.map((key): QuirkCase<Probe> => ({
    quirk: `policy-ignores-${key.slice('swf:'.length)}`,
    probe: forbiddenBy(key),
    faithful: refused,
    quirky: accepted,
    controls: [
      ...CONDITION_KEYS.filter((other) => other !== key).map(forbiddenBy),
      allowed,
      implicitlyDenied,
      adminForbidden,
    ],
  })),
  {
    quirk: 'policy-ignores-deny',
    probe: everyKeyForbidden,
    faithful: { all: CONDITION_KEYS.map(() => refused) },
    quirky: { all: CONDITION_KEYS.map(() => accepted) },
    controls: [allowed, implicitlyDenied, adminForbidden],
  },
];

/** Runs probes in turn on a fresh mock with the policy above, the given quirks and the usual fixtures plus the 'forbidden' types. */
async function observe(quirks: string[], probes: Probe[]): Promise<Seen[]> {
  const mock = await openMockSwf({ quirks, callerPolicy: POLICY });
  const admin = createMockClient(mock.endpoint);
  const caller = new SWFClient({
    endpoint: mock.endpoint,
    region: 'us-east-1',
    credentials: MOCK_CALLER_CREDENTIALS,
    maxAttempts: 1,
  });
  try {
    await registerFixtures(admin);
    await admin.send(
      new RegisterWorkflowTypeCommand({ domain: 'main', name: 'forbidden', version: '1', ...FULL_DEFAULTS }),
    );
    await admin.send(
      new RegisterWorkflowTypeCommand({ domain: 'main', name: 'full', version: 'forbidden', ...FULL_DEFAULTS }),
    );
    const seen: Seen[] = [];
    for (const probe of probes) seen.push(await probe({ admin, caller }));
    return seen;
  } finally {
    admin.destroy();
    caller.destroy();
    await mock.close();
  }
}

describe('policy quirks', () => {
  it('has one quirk per condition key and one for Deny, all in the quirk table, each with a test case', () => {
    const names = POLICY_QUIRKS.map((q) => q.name);
    expect(names).toEqual([
      'policy-ignores-tagList.member.0',
      'policy-ignores-tagList.member.1',
      'policy-ignores-tagList.member.2',
      'policy-ignores-tagList.member.3',
      'policy-ignores-tagList.member.4',
      'policy-ignores-taskList.name',
      'policy-ignores-workflowType.name',
      'policy-ignores-workflowType.version',
      'policy-ignores-deny',
    ]);
    expect(QUIRK_NAMES).toEqual(expect.arrayContaining(names));
    expect(CASES.map((c) => c.quirk)).toEqual(names);
  });

  it.each(CASES)(
    '$quirk breaks its behaviour and leaves its neighbours alone',
    async ({ quirk, probe, faithful, quirky, controls }) => {
      const [baseProbe, ...baseControls] = await observe([], [probe, ...controls]);
      const [quirkProbe, ...quirkControls] = await observe([quirk], [probe, ...controls]);
      expect(baseProbe).toEqual(faithful);
      expect(quirkProbe).toEqual(quirky);
      expect(quirkControls).toEqual(baseControls);
    },
  );

  it('the controls see what the policy says: allowed, implicitly denied, and the admin unrestricted', async () => {
    expect(await observe([], [allowed, implicitlyDenied, adminForbidden])).toEqual([accepted, refused, accepted]);
  });

  it('a hidden key is absent, not empty: a negated condition on it then holds', async () => {
    const mock = await openMockSwf({
      quirks: ['policy-ignores-taskList.name'],
      callerPolicy: {
        Statement: {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { StringNotEquals: { 'swf:taskList.name': 'ok' } },
        },
      },
    });
    const admin = createMockClient(mock.endpoint);
    const caller = new SWFClient({
      endpoint: mock.endpoint,
      region: 'us-east-1',
      credentials: MOCK_CALLER_CREDENTIALS,
      maxAttempts: 1,
    });
    try {
      await registerFixtures(admin);
      expect(await start(caller, { taskList: { name: 'ok' } })).toEqual(accepted);
    } finally {
      admin.destroy();
      caller.destroy();
      await mock.close();
    }
  });
});
