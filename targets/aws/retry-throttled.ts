import { toObservation } from '../to-observation.ts';

/** Runs a set-up or clean-up call, retrying ThrottlingException with backoff; case calls are never retried. */
export async function retryThrottled<T>(call: () => Promise<T>, attempts = 6, baseMs = 200): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await call();
    } catch (error) {
      if (toObservation(error).code !== 'ThrottlingException' || i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** (i - 1)));
    }
  }
}
