import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256Hash } from '../sha256-hash.ts';

/** The credentials moto's documentation uses; an emulator accepts any, and these are never real. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const CALL_TIMEOUT_MS = 10_000;

/** A refusal or a failure of one IAM Query API call; `code` is IAM's error code ('NoAnswer' when nothing came back). */
export class IamQueryError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'IamQueryError';
  }
}

/** The text of the first `<name>` element of an XML answer, entities decoded; undefined when absent. */
export function xmlText(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) return undefined;
  return m[1].replace(/&(lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+)|amp);/g, (_, e: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e],
  );
}

/** Sends one IAM Query API action to an emulator, SigV4-signed for 'iam' (moto routes by the signature's service) with its credentials; returns the XML, or throws an IamQueryError naming endpoint and action. */
export async function iamQuery(
  endpoint: string,
  action: string,
  params: Record<string, string>,
  region = 'us-east-1',
): Promise<string> {
  const url = new URL(endpoint);
  if (/(^|\.)(amazonaws\.com(\.cn)?|api\.aws)$/i.test(url.hostname)) {
    throw new IamQueryError(
      `IAM ${action} not sent to ${endpoint}: this helper creates users and keys on an emulator only, never on AWS`,
      'NotSent',
    );
  }
  const body = new URLSearchParams({ Action: action, Version: '2010-05-08', ...params }).toString();
  const signer = new SignatureV4({ credentials: EMULATOR_CREDENTIALS, region, service: 'iam', sha256: Sha256Hash });
  const path = url.pathname || '/';
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path,
    query: {},
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', host: url.host },
    body,
  });
  const { host: _host, ...headers } = signed.headers;
  let status: number;
  let text: string;
  try {
    const res = await fetch(new URL(path, url), {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
    status = res.status;
    text = await res.text();
  } catch (e) {
    throw new IamQueryError(
      `IAM ${action} at ${endpoint} failed: no answer (${oneLine(e instanceof Error ? e.message : String(e))})`,
      'NoAnswer',
    );
  }
  if (status >= 200 && status < 300) return text;
  const code = xmlText(text, 'Code') ?? `HTTP${status}`;
  const message = xmlText(text, 'Message');
  throw new IamQueryError(
    `IAM ${action} at ${endpoint} failed: ${status} ${code}${message ? `: ${oneLine(message)}` : ''}`,
    code,
  );
}

/** Text squeezed onto one line, at most 300 characters. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
