import { MOCK_CALLER_CREDENTIALS, MOCK_CREDENTIALS } from '../targets/mock/mock-credentials.ts';
import { makeRedactor } from '../reports/redact.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const stdio: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

/** Masks the credentials this process knows of, and anything shaped like one, in whatever the CLI prints or writes. */
export const redact = makeRedactor([
  MOCK_CREDENTIALS.secretAccessKey,
  MOCK_CREDENTIALS.accessKeyId,
  MOCK_CALLER_CREDENTIALS.secretAccessKey,
  MOCK_CALLER_CREDENTIALS.accessKeyId,
  process.env.AWS_SECRET_ACCESS_KEY,
  process.env.AWS_SESSION_TOKEN,
  process.env.AWS_ACCESS_KEY_ID,
]);
