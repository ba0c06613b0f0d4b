// attachCallerPolicy against a real managed moto: the caller user, its inline policy and a working key, made again
// after a reset; and what moto does with a start the caller's policy denies (observed, not the contract).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  DescribeWorkflowExecutionCommand,
  RegisterDomainCommand,
  RegisterWorkflowTypeCommand,
  StartWorkflowExecutionCommand,
  SWFClient,
} from '@aws-sdk/client-swf';
import { MOTO_AVAILABLE, MOTO_REQUIRED } from '../../suites/moto-available.ts';
import { openManagedMoto, type ManagedMoto } from './open-managed-moto.ts';
import { attachCallerPolicy, CALLER_POLICY, CALLER_USER } from './attach-caller-policy.ts';
import { iamQuery, xmlText } from './iam-query.ts';

const REGION = 'us-east-1';
const ADMIN = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const allowStart = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'swf:StartWorkflowExecution', Resource: '*' }],
};
const denyStart = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'swf:StartWorkflowExecution', Resource: '*' }],
};

describe.skipIf(!MOTO_AVAILABLE && !MOTO_REQUIRED)('attachCallerPolicy on moto', () => {
  let moto: ManagedMoto;
  beforeAll(async () => {
    moto = await openManagedMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  const policyOnMoto = async () => {
    const xml = await iamQuery(moto.endpoint, 'GetUserPolicy', { UserName: CALLER_USER, PolicyName: CALLER_POLICY });
    // IAM returns the document URL-encoded, and moto does too.
    return JSON.parse(decodeURIComponent(xmlText(xml, 'PolicyDocument')!));
  };
  const identityOf = async (credentials: { accessKeyId: string; secretAccessKey: string }) => {
    const sts = new STSClient({ endpoint: moto.endpoint, region: REGION, credentials, maxAttempts: 1 });
    try {
      return await sts.send(new GetCallerIdentityCommand({}));
    } finally {
      sts.destroy();
    }
  };
  const keysOnMoto = async () => {
    const xml = await iamQuery(moto.endpoint, 'ListAccessKeys', { UserName: CALLER_USER });
    return [...xml.matchAll(/<AccessKeyId>([^<]+)<\/AccessKeyId>/g)].map((m) => m[1]);
  };

  it('creates the caller user with the document as its inline policy and returns a key that is that user', async () => {
    const key = await attachCallerPolicy(moto.endpoint, allowStart);
    expect(key.accessKeyId).toMatch(/^\w{16,128}$/);
    expect(key.secretAccessKey.length).toBeGreaterThan(0);
    expect(await policyOnMoto()).toEqual(allowStart);
    // GetCallerIdentity signed with the key: moto resolves the key to its user.
    expect((await identityOf(key)).Arn).toBe(`arn:aws:iam::123456789012:user/${CALLER_USER}`);
    expect(await keysOnMoto()).toEqual([key.accessKeyId]);
  });

  it('reuses the user when called again: the new document replaces the old and the new key is its only key', async () => {
    const first = await attachCallerPolicy(moto.endpoint, allowStart);
    const second = await attachCallerPolicy(moto.endpoint, denyStart);
    const third = await attachCallerPolicy(moto.endpoint, denyStart); // past IAM's two keys a user
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(await policyOnMoto()).toEqual(denyStart);
    expect(await keysOnMoto()).toEqual([third.accessKeyId]);
    expect((await identityOf(third)).Arn).toBe(`arn:aws:iam::123456789012:user/${CALLER_USER}`);
  });

  it('works again after a reset, which forgets IAM users', async () => {
    await attachCallerPolicy(moto.endpoint, allowStart);
    await moto.reset();
    await expect(iamQuery(moto.endpoint, 'GetUser', { UserName: CALLER_USER })).rejects.toThrow(
      /GetUser .* 404 NoSuchEntity/,
    );
    const key = await attachCallerPolicy(moto.endpoint, denyStart);
    expect(await policyOnMoto()).toEqual(denyStart);
    expect((await identityOf(key)).Arn).toBe(`arn:aws:iam::123456789012:user/${CALLER_USER}`);
  });

  it('throws a one-line Error naming the endpoint and the IAM action that failed', async () => {
    const err = await attachCallerPolicy(moto.endpoint, { not: 'a policy' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toContain(moto.endpoint);
    expect(message).toContain('PutUserPolicy');
    expect(message).toContain('MalformedPolicyDocument');
    expect(message).not.toContain('\n');
  });

  it('throws naming the endpoint and action when nothing answers there', async () => {
    const dead = 'http://127.0.0.1:9'; // the discard port on loopback: refused locally
    await expect(attachCallerPolicy(dead, allowStart)).rejects.toThrow(
      /^IAM CreateUser at http:\/\/127\.0\.0\.1:9 failed: no answer/,
    );
  });

  it('observed: moto starts the execution although the caller policy denies StartWorkflowExecution', async () => {
    await moto.reset();
    const domain = 'swfc-policy-observation';
    const workflowType = { name: 'swfc-policy', version: '1' };
    // Fixtures with the admin credentials, the start alone as the caller, as `run --policy` does.
    const admin = new SWFClient({ endpoint: moto.endpoint, region: REGION, credentials: ADMIN, maxAttempts: 1 });
    let caller: SWFClient | undefined;
    try {
      await admin.send(new RegisterDomainCommand({ name: domain, workflowExecutionRetentionPeriodInDays: '1' }));
      await admin.send(
        new RegisterWorkflowTypeCommand({
          domain,
          ...workflowType,
          defaultTaskList: { name: 'tl' },
          defaultChildPolicy: 'TERMINATE',
          defaultExecutionStartToCloseTimeout: '3600',
          defaultTaskStartToCloseTimeout: '60',
        }),
      );
      const key = await attachCallerPolicy(moto.endpoint, denyStart);
      caller = new SWFClient({ endpoint: moto.endpoint, region: REGION, credentials: key, maxAttempts: 1 });
      const answer = await caller.send(
        new StartWorkflowExecutionCommand({ domain, workflowId: 'denied-start', workflowType }),
      );
      // moto's observed behaviour, NOT the contract: managed moto runs without INITIAL_NO_AUTH_ACTION_COUNT, so it
      // evaluates no IAM policy and starts the execution (200 with a runId), where an explicit Deny should refuse it.
      expect(answer.$metadata.httpStatusCode).toBe(200);
      expect(answer.runId).toMatch(/\S/);
      const described = await admin.send(
        new DescribeWorkflowExecutionCommand({
          domain,
          execution: { workflowId: 'denied-start', runId: answer.runId },
        }),
      );
      expect(described.executionInfo?.executionStatus).toBe('OPEN');
    } finally {
      caller?.destroy();
      admin.destroy();
    }
  });
});
