import { createHash } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { parseAuthorization, type SigV4Authorization } from './parse-authorization.ts';
import { Sha256Hash } from '../sha256-hash.ts';
import type { WireRequest } from './wire-request.ts';

/** The value a signed header had when it was signed; host and content-length may be missing from an intercepted request. */
function signedValue(request: WireRequest, name: string): string | null {
  const value = request.headers.get(name);
  if (value !== null) return value;
  if (name === 'host') return request.url.host;
  if (name === 'content-length') return String(request.bytes.length);
  return null;
}

/** The query as SignatureV4 takes it: repeated names as lists. */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = query[name];
    query[name] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return query;
}

/**
 * Recomputes the SigV4 signature of a request with a secret: over exactly the headers it says it signed, the method,
 * path, query and the body's bytes, at the date of X-Amz-Date, in its credential's region and service.
 */
export async function expectedSignature(
  request: WireRequest,
  auth: SigV4Authorization,
  secretAccessKey: string,
  signingDate: Date,
): Promise<string> {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = signedValue(request, name);
    if (value !== null) headers[name] = value;
  }
  // A signed content hash is replaced by the body's real one, so a hash that lies about the body cannot match.
  if (headers['x-amz-content-sha256'] !== undefined)
    headers['x-amz-content-sha256'] = createHash('sha256').update(request.bytes).digest('hex');
  const signer = new SignatureV4({
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    region: auth.scope.region,
    service: auth.scope.service,
    sha256: Sha256Hash,
    applyChecksum: false,
  });
  const { url } = request;
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: queryOf(url),
      headers,
      body: request.bytes,
    },
    { signingDate, signableHeaders: new Set(auth.signedHeaders) },
  );
  return parseAuthorization(signed.headers.authorization)?.signature ?? '';
}
