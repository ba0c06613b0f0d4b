import { describe, expect, it } from 'vitest';
import { postRaw } from './post-raw.ts';

describe('postRaw', () => {
  it('answers without a status, never throws, when Node refuses a header before sending', async () => {
    const res = await postRaw(
      new URL('http://127.0.0.1:1/'),
      { 'content-type': 'application/json\u0001' },
      Buffer.from('{}'),
      1000,
    );
    expect(res.status).toBeUndefined();
    expect(res).toMatchObject({ code: expect.any(String) });
  });
});
