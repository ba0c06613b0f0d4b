// The curl reproductions sign as the SDK does, session token included, so they work with temporary credentials.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reproduce } from './reproduction.ts';
import { makeRedactor } from './redact.ts';
import type { Divergence } from '../model/divergence.ts';

const replay = { rule: 'tagList.maxItems', seed: 1, path: '0', runTag: 'swfc-1', target: 'mock' };
const plain = {
  id: 'tagList.maxItems#0.0',
  rule: 'tagList.maxItems',
  kind: 'accepted-invalid',
  call: 'request',
  request: { domain: 'd', workflowId: 'w' },
  replay,
} as unknown as Divergence;
const wire = {
  ...plain,
  wire: { signing: 'sdk', body: { kind: 'text', text: '{}' }, headers: {} },
} as unknown as Divergence;

describe('curl reproductions', () => {
  let seen: IncomingHttpHeaders[] = [];
  let endpoint = '';
  const server = createServer((req, res) => {
    seen.push(req.headers);
    req.resume().on('end', () => res.end('{}'));
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** Runs a curl reproduction, masked as a report masks it, with these credentials; returns the headers it sent. */
  // Not spawnSync: the server answering curl lives in this very process.
  const send = async (curl: string, env: Record<string, string>) => {
    seen = [];
    const masked = makeRedactor()(curl);
    await promisify(execFile)('sh', ['-c', masked], {
      timeout: 20_000,
      env: {
        PATH: process.env.PATH,
        SWF_ENDPOINT: endpoint,
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        ...env,
      },
    });
    return seen[0];
  };

  it.each([
    ['a request', plain],
    ['a wire case', wire],
  ])('of %s send the session token when there is one, and no such header otherwise', async (_, d) => {
    const { curl } = reproduce(d);
    const withToken = await send(curl, { AWS_SESSION_TOKEN: 'temporary-token-value' });
    expect(withToken['x-amz-security-token']).toBe('temporary-token-value');
    expect(withToken.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
    const without = await send(curl, {});
    expect(without['x-amz-security-token']).toBeUndefined();
    expect(without.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });
});
