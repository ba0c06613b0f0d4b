// Looked up on the module objects at call time: MSW intercepts http.request by patching them.
import http from 'node:http';
import https from 'node:https';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Observation } from '../model/observation';
import type { WireForm } from '../model/wire';
import { SDK_WIRE_HEADERS } from '../model/wire';
import { renderWireBody, wireHeaders } from '../model/render-wire-body';
import { signPost } from './sign-post';
import { readAnswer } from './read-answer';

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
async function signedHeaders(o: SendWireOptions, url: URL, wire: WireForm, body: Buffer): Promise<Record<string, string>> {
  const headers = wireHeaders(wire.headers, { ...SDK_WIRE_HEADERS, host: url.host, 'content-length': String(body.length) });
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
  return new Promise<Observation>((resolve) => {
    // A timer on the whole answer, not the socket's idle timeout: an interceptor (MSW) has no socket to go idle.
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ok: false, code: 'Timeout', message: `no answer within ${o.timeoutMs} ms`, timedOut: true });
    }, o.timeoutMs);
    const finish = (observation: Observation) => {
      clearTimeout(timer);
      resolve(observation);
    };
    const req = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => finish(readAnswer(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString('utf8'))));
      res.on('error', (e) => finish({ ok: false, code: 'ConnectionDropped', message: e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => finish({ ok: false, code: e.code ?? 'ConnectionDropped', message: e.message.split('\n')[0] }));
    req.end(body);
  });
}
