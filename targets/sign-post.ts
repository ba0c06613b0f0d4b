import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity } from '@smithy/types';
import { Sha256Hash } from './sha256-hash.ts';

/** Signs a POST of `body` to `url` with SigV4 for SWF, as the SDK does; returns the headers with the signature added. */
export async function signPost(
  url: URL,
  headers: Record<string, string>,
  body: Uint8Array,
  credentials: AwsCredentialIdentity,
  region = 'us-east-1',
): Promise<Record<string, string>> {
  const signer = new SignatureV4({ credentials, region, service: 'swf', sha256: Sha256Hash });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: {},
    headers: { ...headers, host: url.host },
    body,
  });
  return signed.headers;
}
