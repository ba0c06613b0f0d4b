import type { SendWireOptions } from './send-wire.ts';
import { signPost } from './sign-post.ts';
import { postRaw } from './post-raw.ts';
import type { Exchange, ExchangeAnswer } from './exchange.ts';

/**
 * Sends one SWF call as given (its X-Amz-Target, Content-Type and body text), signed for this target, and returns the
 * answer whole: what `parity` compares with a recorded answer. Never throws; no answer is one without a status.
 */
export async function sendExchange(o: SendWireOptions, call: Exchange): Promise<ExchangeAnswer> {
  const url = new URL(o.endpoint);
  const body = Buffer.from(call.body, 'utf8');
  const headers: Record<string, string> = {
    'x-amz-target': call.target,
    host: url.host,
    'content-length': String(body.length),
  };
  if (call.contentType) headers['content-type'] = call.contentType;
  const res = await postRaw(url, await signPost(url, headers, body, o.credentials, o.region), body, o.timeoutMs);
  if (res.status === undefined) return { error: `${res.code}: ${res.message}` };
  const type = res.headers['content-type'];
  return { status: res.status, contentType: Array.isArray(type) ? type[0] : type, text: res.text };
}
