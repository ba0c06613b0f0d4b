// Shared by the mock's tests: raw HTTP to the mock, signed with SigV4 as the SDK signs, or deliberately not.
import { MOCK_CREDENTIALS, type MockCredentials } from './mock-credentials.ts';
import { signPost } from '../sign-post.ts';

export interface RawRequest {
  /** The X-Amz-Target value (default StartWorkflowExecution's short form); null sends none. */
  target?: string | null;
  /** The body: text is sent as UTF-8, bytes as they are. */
  body: string | Uint8Array;
  /** Headers on top of the SDK's x-amz-target and content-type; null removes one. */
  headers?: Record<string, string | null>;
  /** sigv4 signs with the credentials; none sends no Authorization header. */
  signing?: 'sigv4' | 'none';
  credentials?: MockCredentials;
  /** Gives up after this long (a hang); default none. */
  timeoutMs?: number;
}

/** POSTs a raw request to the mock with fetch (which MSW intercepts), signed unless asked not to be. */
export async function sendRaw(endpoint: string, r: RawRequest): Promise<Response> {
  const url = new URL('/', endpoint);
  const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
  const given: Record<string, string | null> = {
    'x-amz-target': r.target === undefined ? 'SimpleWorkflowService.StartWorkflowExecution' : r.target,
    'content-type': 'application/x-amz-json-1.0',
    ...r.headers,
  };
  const headers = Object.fromEntries(Object.entries(given).filter((e): e is [string, string] => e[1] !== null));
  const sent = r.signing === 'none' ? headers : await signPost(url, headers, body, r.credentials ?? MOCK_CREDENTIALS);
  return fetch(url, {
    method: 'POST',
    headers: sent,
    body,
    signal: r.timeoutMs ? AbortSignal.timeout(r.timeoutMs) : undefined,
  });
}

/** The Authorization header with its signature's last hex digit changed. */
export function tamperSignature(authorization: string): string {
  return authorization.replace(/[0-9a-f]$/, (d) => (d === '0' ? '1' : '0'));
}
