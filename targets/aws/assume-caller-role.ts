import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { parseRoleArn } from './parse-role-arn.ts';

/** Which role to assume, where, and from which base credentials. */
export interface AssumeCallerRoleOptions {
  roleArn: string;
  region: string;
  /** The profile of the base credentials; the SDK's default chain without it. */
  profile?: string;
  /** The STS endpoint, for tests only (a stand-in); the real service's is derived from the region. */
  endpoint?: string;
}

/** Credentials are fetched again this long before they expire, so no call is signed with credentials about to lapse. */
const REFRESH_BEFORE_MS = 5 * 60_000;
const CALL_TIMEOUT_MS = 15_000;

/** The caller's credentials on AWS (`run --policy`): AssumeRole of the role from the base credentials, kept until 5 min before expiry; errors name the role, never a secret. */
export function assumeCallerRole(options: AssumeCallerRoleOptions): AwsCredentialIdentityProvider {
  parseRoleArn(options.roleArn);
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (c: AwsCredentialIdentity) => !c.expiration || c.expiration.getTime() - Date.now() > REFRESH_BEFORE_MS;

  return async () => {
    if (current && fresh(current)) return current;
    pending ??= assumeRole(options)
      .then((c) => (current = c))
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

/** One AssumeRole call, on a client made for it (an hour apart, a kept client would only hold sockets). */
async function assumeRole(o: AssumeCallerRoleOptions): Promise<AwsCredentialIdentity> {
  const client = new STSClient({
    region: o.region,
    ...(o.profile ? { profile: o.profile } : {}),
    ...(o.endpoint ? { endpoint: o.endpoint } : {}),
  });
  const secrets: string[] = [];
  try {
    const base = await client.config.credentials().catch((e: unknown) => {
      throw new Error(
        `cannot assume role ${o.roleArn}: no base credentials${o.profile ? ` in profile ${o.profile}` : ''} (${oneLineError(e, [])})`,
      );
    });
    secrets.push(base.secretAccessKey, ...(base.sessionToken ? [base.sessionToken] : []));
    const answer = await client
      .send(new AssumeRoleCommand({ RoleArn: o.roleArn, RoleSessionName: `swf-conformance-${Date.now()}` }), {
        abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      })
      .catch((e: unknown) => {
        throw new Error(`STS AssumeRole of ${o.roleArn} failed: ${oneLineError(e, secrets)}`);
      });
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
      throw new Error(`STS AssumeRole of ${o.roleArn} failed: the answer holds no credentials`);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  } finally {
    client.destroy();
  }
}

/** An error as one line: its name, HTTP status and message, with every known secret masked; never the error itself. */
function oneLineError(e: unknown, secrets: string[]): string {
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = err?.$metadata?.httpStatusCode;
  let text = `${err?.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}: ${err?.message ?? String(e)}`
    .replace(/\s+/g, ' ')
    .trim();
  for (const s of secrets) if (s) text = text.split(s).join('***');
  return text.length > 400 ? `${text.slice(0, 397)}...` : text;
}
