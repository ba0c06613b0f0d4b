/** The parts of a SigV4 Authorization header. */
export interface SigV4Authorization {
  accessKeyId: string;
  /** The credential scope: YYYYMMDD, region, service. */
  scope: { date: string; region: string; service: string };
  /** Lower-case header names, in the order given. */
  signedHeaders: string[];
  /** 64 lower-case hex digits. */
  signature: string;
}

/**
 * Reads `AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request, SignedHeaders=a;b, Signature=hex`
 * (parameters in any order); undefined when the header is not of that form.
 */
export function parseAuthorization(header: string): SigV4Authorization | undefined {
  const match = /^AWS4-HMAC-SHA256\s+(.*)$/.exec(header.trim());
  if (!match) return undefined;
  const params = new Map(
    match[1].split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const credential = params.get('Credential')?.split('/') ?? [];
  const signedHeaders = params.get('SignedHeaders')?.split(';') ?? [];
  const signature = params.get('Signature') ?? '';
  const [accessKeyId, date, region, service, terminator] = credential;
  if (
    credential.length !== 5 ||
    !accessKeyId ||
    !/^\d{8}$/.test(date) ||
    !region ||
    !service ||
    terminator !== 'aws4_request'
  )
    return undefined;
  if (!signedHeaders.length || !signedHeaders.every((h) => /^[a-z0-9-]+$/.test(h)) || !/^[0-9a-f]{64}$/.test(signature))
    return undefined;
  return { accessKeyId, scope: { date, region, service }, signedHeaders, signature };
}
