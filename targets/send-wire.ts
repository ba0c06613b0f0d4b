import type { AwsCredentialIdentity } from '@smithy/types';
import type { Observation } from '../model/observation.ts';
import type { WireForm } from '../model/wire.ts';
import { SDK_WIRE_HEADERS } from '../model/wire.ts';
import { renderWireBody, wireHeaders } from '../model/render-wire-body.ts';
import { signPost } from './sign-post.ts';
import { readAnswer } from './read-answer.ts';
import { postRaw } from './post-raw.ts';

export interface SendWireOptions {
  endpoint: string;
  region: string;
  credentials: AwsCredentialIdentity;
  /** How long to wait for the whole answer; past it the call is a hang. */
  timeoutMs: number;
}

// A signature made with this secret cannot match: the credential's key id is the real one, its secret is not.
const WRONG_SECRET = 'swf-conformance-deliberately-wrong-secret';

/** Signs the headers of a wire request with SigV4 (as the SDK does) unless the form asks for none. */
async function signedHeaders(
  o: SendWireOptions,
  url: URL,
  wire: WireForm,
  body: Buffer,
): Promise<Record<string, string>> {
  const headers = wireHeaders(wire.headers, {
    ...SDK_WIRE_HEADERS,
    host: url.host,
    'content-length': String(body.length),
  });
  if (wire.signing === 'none') return headers;
  const credentials = wire.signing === 'bad' ? { ...o.credentials, secretAccessKey: WRONG_SECRET } : o.credentials;
  return signPost(url, headers, body, credentials, o.region);
}

/**
 * Sends a wire form as raw HTTP, bypassing the SDK's serializer, and reads the answer. Never throws: a dropped
 * connection is an observation without a status (a server error to the oracle); a hang one that timed out.
 */
export async function sendWire(o: SendWireOptions, wire: WireForm): Promise<Observation> {
  const url = new URL(o.endpoint);
  const body = renderWireBody(wire.body);
  const headers = await signedHeaders(o, url, wire, body);
  const res = await postRaw(url, headers, body, o.timeoutMs);
  if (res.status === undefined)
    return { ok: false, code: res.code, message: res.message, ...(res.timedOut ? { timedOut: true as const } : {}) };
  return readAnswer(res.status, res.headers, res.text);
}
