// parseRoleArn, and assumeCallerRole against an STS stand-in served in-process by msw/node on a fake https endpoint:
// nothing leaves the machine, and a request nobody stands in for is an error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { assumeCallerRole } from './assume-caller-role.ts';
import { parseRoleArn } from './parse-role-arn.ts';

describe('parseRoleArn', () => {
  it.each([
    [
      'arn:aws:iam::123456789012:role/swf-caller',
      { partition: 'aws', account: '123456789012', roleName: 'swf-caller' },
    ],
    [
      'arn:aws-us-gov:iam::000000000000:role/a/b/Name+=,.@_-1',
      { partition: 'aws-us-gov', account: '000000000000', roleName: 'Name+=,.@_-1' },
    ],
    [
      'arn:aws-cn:iam::123456789012:role/service-role/R',
      { partition: 'aws-cn', account: '123456789012', roleName: 'R' },
    ],
    ['arn:aws-iso-b:iam::123456789012:role/R', { partition: 'aws-iso-b', account: '123456789012', roleName: 'R' }],
  ])('splits %s', (text, parts) => {
    expect(parseRoleArn(text)).toEqual(parts);
  });

  it.each([
    '',
    'swf-caller',
    'arn:aws:iam::123456789012:user/swf-caller',
    'arn:aws:iam::12345678901:role/short-account',
    'arn:aws:iam::1234567890123:role/long-account',
    'arn:aws:iam:us-east-1:123456789012:role/regional',
    'arn:aws:sts::123456789012:assumed-role/R/session',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role//double-slash',
    'arn:aws:iam::123456789012:role/has space',
    `arn:aws:iam::123456789012:role/${'n'.repeat(65)}`,
    ' arn:aws:iam::123456789012:role/padded',
    'arn:aws:iam::123456789012:role/R\nsecond line',
    'arn:AWS:iam::123456789012:role/R',
  ])('refuses %j with a one-line message', (text) => {
    let message = '';
    try {
      parseRoleArn(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(
      /^not an IAM role ARN: .* \(expected arn:<partition>:iam::<12-digit account>:role\/<path\/>name\)$/,
    );
    expect(message).not.toContain('\n');
  });
});

const STS = 'https://sts.stand-in.test';
const ROLE = 'arn:aws:iam::123456789012:role/swf-conformance-caller';
const BASE = {
  id: 'AKIDBASEENVEXAMPLE01',
  secret: 'baseSecretFromEnv/do+not+leak0123456789',
  token: 'baseSessionTokenFromEnv-do-not-leak',
};
const ISSUED = {
  id: 'ASIAISSUEDEXAMPLE001',
  secret: 'issuedSecret/also+secret0123456789abcd',
  token: 'issuedSessionToken-also-secret',
};

interface Seen {
  form: URLSearchParams;
  authorization: string;
}
const seen: Seen[] = [];
let answer: (form: URLSearchParams) => Response = () => assumed(new Date(Date.now() + 3600_000));

const assumed = (expiration: Date, n = seen.length - 1) =>
  HttpResponse.xml(`<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/swf-conformance-caller/s</Arn></AssumedRoleUser>
    <Credentials><AccessKeyId>${ISSUED.id}${n}</AccessKeyId><SecretAccessKey>${ISSUED.secret}</SecretAccessKey><SessionToken>${ISSUED.token}</SessionToken><Expiration>${expiration.toISOString()}</Expiration></Credentials>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
</AssumeRoleResponse>`);
const refused = (message: string) =>
  HttpResponse.xml(
    `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${message}</Message></Error><RequestId>req-2</RequestId>
</ErrorResponse>`,
    { status: 403 },
  );

const server = setupServer(
  http.post(`${STS}/`, async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    seen.push({ form, authorization: request.headers.get('authorization') ?? '' });
    return answer(form);
  }),
);

describe('assumeCallerRole against an STS stand-in', () => {
  const home = mkdtempSync(join(tmpdir(), 'swfc-assume-'));
  const credentialsFile = join(home, 'credentials');
  writeFileSync(
    credentialsFile,
    '[swfc-base]\naws_access_key_id = AKIDPROFILEEXAMPLE01\naws_secret_access_key = profileSecret/do+not+leak\n',
  );

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    seen.length = 0;
    answer = () => assumed(new Date(Date.now() + 3600_000));
    // Base credentials from the environment; no profile, files of our own, and no instance metadata to ask.
    vi.stubEnv('AWS_ACCESS_KEY_ID', BASE.id);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', BASE.secret);
    vi.stubEnv('AWS_SESSION_TOKEN', BASE.token);
    vi.stubEnv('AWS_PROFILE', undefined);
    vi.stubEnv('AWS_DEFAULT_PROFILE', undefined);
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', credentialsFile);
    vi.stubEnv('AWS_CONFIG_FILE', join(home, 'config'));
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    vi.stubEnv('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED', 'true');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('assumes the role with a swf-conformance session name and returns the credentials the stand-in issued', async () => {
    const before = Date.now();
    const credentials = await assumeCallerRole({ roleArn: ROLE, region: 'us-east-1', endpoint: STS })();
    expect(seen).toHaveLength(1);
    const { form, authorization } = seen[0];
    expect(form.get('Action')).toBe('AssumeRole');
    expect(form.get('RoleArn')).toBe(ROLE);
    const stamp = Number(/^swf-conformance-(\d+)$/.exec(form.get('RoleSessionName') ?? '')?.[1]);
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(Date.now());
    // Signed with the base credentials, for STS.
    expect(authorization).toContain(`Credential=${BASE.id}/`);
    expect(authorization).toContain('/us-east-1/sts/aws4_request');
    expect(credentials).toMatchObject({
      accessKeyId: `${ISSUED.id}0`,
      secretAccessKey: ISSUED.secret,
      sessionToken: ISSUED.token,
    });
    expect(credentials.expiration).toBeInstanceOf(Date);
  });

  it('takes the base credentials from the profile when given one', async () => {
    await assumeCallerRole({ roleArn: ROLE, region: 'eu-west-1', profile: 'swfc-base', endpoint: STS })();
    expect(seen[0].authorization).toContain('Credential=AKIDPROFILEEXAMPLE01/');
    expect(seen[0].authorization).toContain('/eu-west-1/sts/aws4_request');
  });

  it('keeps the credentials while they are fresh and shares one AssumeRole between concurrent calls', async () => {
    const provider = assumeCallerRole({ roleArn: ROLE, region: 'us-east-1', endpoint: STS });
    const [a, b] = await Promise.all([provider(), provider()]);
    const c = await provider();
    expect(seen).toHaveLength(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('assumes the role again before the credentials expire', async () => {
    answer = () => assumed(new Date(Date.now() + 2 * 60_000)); // within the refresh margin
    const provider = assumeCallerRole({ roleArn: ROLE, region: 'us-east-1', endpoint: STS });
    const first = await provider();
    answer = () => assumed(new Date(Date.now() + 3600_000));
    const second = await provider();
    const third = await provider();
    expect(seen).toHaveLength(2);
    expect(first.accessKeyId).toBe(`${ISSUED.id}0`);
    expect(second.accessKeyId).toBe(`${ISSUED.id}1`);
    expect(third).toBe(second);
    expect(seen[1].form.get('RoleSessionName')).toMatch(/^swf-conformance-\d+$/);
  });

  const refusal = async () => {
    const error = await assumeCallerRole({ roleArn: ROLE, region: 'us-east-1', endpoint: STS })().catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  };
  const noSecretIn = (text: string) => {
    for (const secret of [BASE.secret, BASE.token, ISSUED.secret, ISSUED.token]) expect(text).not.toContain(secret);
  };

  it('turns a refusal into a one-line Error that names the role and holds no secret', async () => {
    answer = (form) =>
      refused(
        `User: arn:aws:iam::123456789012:user/base is not authorized to perform: sts:AssumeRole on resource: ${form.get('RoleArn')}`,
      );
    const error = await refusal();
    expect(error.message).toMatch(
      /^STS AssumeRole of arn:aws:iam::123456789012:role\/swf-conformance-caller failed: AccessDenied \(HTTP 403\): User: .* not authorized/,
    );
    expect(error.message).not.toContain('\n');
    noSecretIn(error.message);
    noSecretIn(inspect(error, { depth: 10, showHidden: true }));
    expect(error.cause).toBeUndefined();
  });

  it('masks the base secret even when the refusal itself repeats it', async () => {
    answer = () => refused(`echoing ${BASE.secret} and ${BASE.token}`);
    const error = await refusal();
    expect(error.message).toContain(ROLE);
    expect(error.message).toContain('echoing *** and ***');
    noSecretIn(inspect(error, { depth: 10, showHidden: true }));
  });

  it('throws at once on a malformed role ARN, before any call', () => {
    expect(() => assumeCallerRole({ roleArn: 'arn:aws:iam::123:role/x', region: 'us-east-1', endpoint: STS })).toThrow(
      /^not an IAM role ARN/,
    );
    expect(seen).toHaveLength(0);
  });
});
