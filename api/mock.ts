// `swf-conformance/mock`: the harness's in-process SWF (MSW behind @aws-sdk/client-swf) as a test double for users' tests.
// startMockSwf is openMockSwf: create SWFClient after it resolves (MSW misses earlier clients); one at a time per process.
export {
  openMockSwf as startMockSwf,
  MOCK_SWF_ENDPOINT,
  type MockSwf,
  type OpenMockSwfOptions,
} from '../targets/mock/open-mock-swf.ts';
export { MOCK_CREDENTIALS, MOCK_CALLER_CREDENTIALS, type MockCredentials } from '../targets/mock/mock-credentials.ts';
export { AWS_LIMITS, type MockLimits } from '../targets/mock/mock-limits.ts';
export { QUIRKS, QUIRK_NAMES } from '../targets/mock/quirks.ts';
export type { Quirk } from '../targets/mock/quirk.ts';
