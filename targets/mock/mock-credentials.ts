/** A key pair the mock recognises in a request's SigV4 Authorization header. */
export interface MockCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Credentials of the in-process mock; fake, and still masked in reports like any secret. */
export const MOCK_CREDENTIALS: MockCredentials = {
  accessKeyId: 'AKIDSWFCONFORMANCEMOCK',
  secretAccessKey: 'swf-conformance-mock-secret',
};

/** The restricted caller's key pair: its calls are judged by the mock's `callerPolicy`, when it has one. Fake too. */
export const MOCK_CALLER_CREDENTIALS: MockCredentials = {
  accessKeyId: 'AKIDSWFCONFORMANCECALLER',
  secretAccessKey: 'swf-conformance-caller-secret',
};
