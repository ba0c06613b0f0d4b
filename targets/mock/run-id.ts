import { randomBytes, randomInt } from 'node:crypto';

/**
 * A fresh runId shaped like real ones (`22Pij42qQYS4zptpD4JBqrvr24zGnPxT9rTOkGXVcZVhA=`): '2', a digit, then 32 random bytes
 * in base64, 46 characters in all.
 */
export function createRunId(): string {
  return `2${randomInt(10)}${randomBytes(32).toString('base64')}`;
}
