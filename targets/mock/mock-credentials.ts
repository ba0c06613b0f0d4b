/** A key pair the mock recognises in a request's SigV4 Authorization header. */
export interface MockCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Credentials of the in-process mock; fake, and still masked in reports like any secret. */
export const MOCK_CREDENTIALS: MockCredentials = { accessKeyId: 'AKIDSWFCONFORMANCEMOCK', secretAccessKey: 'swf-conformance-mock-secret' };
