// Shared by the mock's tests: an SDK client for the mock, fixtures, a way to read a failure, and probes on a fresh mock.
import {
  DeprecateDomainCommand,
  DeprecateWorkflowTypeCommand,
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  SWFClient,
  type RegisterWorkflowTypeCommandInput,
} from '@aws-sdk/client-swf';
import { expect } from 'vitest';
import { MOCK_CREDENTIALS } from './mock-credentials.ts';
import { openMockSwf } from './open-mock-swf.ts';

/** An SDK client on the mock with its fake credentials and no retries, as the harness creates them. */
export function createMockClient(endpoint: string): SWFClient {
  return new SWFClient({ endpoint, region: 'us-east-1', credentials: MOCK_CREDENTIALS, maxAttempts: 1 });
}

/** What a rejected SDK call tells: error name, HTTP status, message. */
export interface Failure {
  name: string;
  status: number | undefined;
  message: string;
}

/** Awaits a call that must fail and returns how; throws when it succeeded. */
export async function failureOf(call: Promise<unknown>): Promise<Failure> {
  try {
    await call;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('expected the call to fail, it succeeded');
}

/** Every default a type can have, so a start with only the required members succeeds. */
export const FULL_DEFAULTS = {
  defaultTaskList: { name: 'default-tasks' },
  defaultExecutionStartToCloseTimeout: '86400',
  defaultTaskStartToCloseTimeout: 'NONE',
  defaultTaskPriority: '7',
  defaultChildPolicy: 'ABANDON',
  defaultLambdaRole: 'arn:aws:iam::123456789012:role/mock-default',
} as const;

type Defaults = Omit<RegisterWorkflowTypeCommandInput, 'domain' | 'name' | 'version' | 'description'>;

// Types of domain 'main' by name; 'deprecated' is deprecated, and domain 'old' is a deprecated domain holding 'full'.
const TYPES: Record<string, Defaults> = {
  full: FULL_DEFAULTS,
  bare: {},
  'no-child-policy': { ...FULL_DEFAULTS, defaultChildPolicy: undefined },
  'no-task-list': { ...FULL_DEFAULTS, defaultTaskList: undefined },
  deprecated: FULL_DEFAULTS,
};

/** Registers domains main, other and old (deprecated) and the types above, through the SDK like any client would. */
export async function registerFixtures(client: SWFClient): Promise<void> {
  for (const name of ['main', 'other', 'old']) {
    await client.send(new RegisterDomainCommand({ name, workflowExecutionRetentionPeriodInDays: '1' }));
  }
  for (const [name, defaults] of Object.entries(TYPES)) {
    await client.send(new RegisterWorkflowTypeCommand({ domain: 'main', name, version: '1', ...defaults }));
  }
  await client.send(new RegisterWorkflowTypeCommand({ domain: 'other', name: 'full', version: '1', ...FULL_DEFAULTS }));
  await client.send(new RegisterWorkflowTypeCommand({ domain: 'old', name: 'full', version: '1', ...FULL_DEFAULTS }));
  await client.send(
    new DeprecateWorkflowTypeCommand({ domain: 'main', workflowType: { name: 'deprecated', version: '1' } }),
  );
  await client.send(new DeprecateDomainCommand({ name: 'old' }));
}

/** Runs probes in turn on a fresh mock with the given quirks and the usual fixtures, closing it afterwards. */
export async function observeMock<T>(
  quirks: string[],
  probes: Array<(client: SWFClient, endpoint: string) => Promise<T>>,
): Promise<T[]> {
  const mock = await openMockSwf({ quirks });
  const client = createMockClient(mock.endpoint);
  try {
    await registerFixtures(client);
    const seen: T[] = [];
    for (const probe of probes) seen.push(await probe(client, mock.endpoint));
    return seen;
  } finally {
    client.destroy();
    await mock.close();
  }
}

/** A quirk's test: a probe of the behaviour it breaks, seen without and with it, and neighbours it must leave alone. */
export interface QuirkCase<Probe> {
  quirk: string;
  /** The documented behaviour the quirk breaks. */
  probe: Probe;
  faithful: Record<string, unknown>;
  quirky: Record<string, unknown>;
  /** Neighbouring behaviours the quirk must leave alone: each sees the same with and without it. */
  controls: Probe[];
}

/**
 * Judges a quirk's case: its probe as a faithful mock and one with the quirk see it, and its controls alike on both.
 * Controls run first, so that a quirk which breaks every later call is still judged on its neighbours.
 */
export async function expectQuirkCase<Probe>(
  c: QuirkCase<Probe>,
  observe: (quirks: string[], probes: Probe[]) => Promise<unknown[]>,
): Promise<void> {
  const [baseProbe, ...baseControls] = (await observe([], [...c.controls, c.probe])).reverse();
  const [quirkProbe, ...quirkControls] = (await observe([c.quirk], [...c.controls, c.probe])).reverse();
  expect(baseProbe).toMatchObject(c.faithful);
  expect(quirkProbe).toMatchObject(c.quirky);
  expect(quirkControls).toEqual(baseControls);
}
