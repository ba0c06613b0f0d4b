// The pinned SDK's notice about future Node versions is printed once per test file otherwise, dozens of times per
// `npm test`, burying real warnings: the test workspace turns it off, as the CLI does (issue 15, point 6).
import { describe, expect, it } from 'vitest';
import { SWFClient, ListDomainsCommand } from '@aws-sdk/client-swf';
import { openMockSwf } from '../targets/mock/open-mock-swf.ts';
import { MOCK_CREDENTIALS } from '../targets/open-target.ts';

describe('the AWS SDK in tests', () => {
  it('prints no Node-version notice', async () => {
    const warnings: string[] = [];
    const listener = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', listener);
    const mock = await openMockSwf();
    try {
      const client = new SWFClient({
        endpoint: mock.endpoint,
        region: 'us-east-1',
        credentials: MOCK_CREDENTIALS,
        maxAttempts: 1,
      });
      // Any answer will do (the mock knows no ListDomains): the notice comes with the client's first send.
      await client.send(new ListDomainsCommand({ registrationStatus: 'REGISTERED' })).catch(() => undefined);
      // process.emitWarning delivers on a later tick.
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      process.off('warning', listener);
      await mock.close();
    }
    expect(warnings.filter((w) => /NodeVersionSupportWarning/.test(w))).toEqual([]);
  });
});
