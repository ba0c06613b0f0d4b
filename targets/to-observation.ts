import type { Observation } from '../model/observation.ts';

interface SdkFailure {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
}

/** Turns whatever an SDK call threw into an observation: an HTTP answer's status and code, or no status at all. */
export function toObservation(error: unknown): Observation & { ok: false } {
  const e = (error ?? {}) as SdkFailure;
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const code = e.name && e.name !== 'Error' ? e.name : (e.code ?? 'UnknownError');
  const message = typeof e.message === 'string' ? e.message.split('\n')[0].slice(0, 500) : undefined;
  // The SDK's own per-request timer (requestTimeout): the target did not answer in time.
  if (status === undefined && e.name === 'TimeoutError') return { ok: false, code: 'Timeout', message, timedOut: true };
  return status === undefined ? { ok: false, code: e.code ?? code, message } : refusal(status, code, message);
}

/** An HTTP error answer as an observation; throttling says nothing about the contract, so it is inconclusive. */
export function refusal(status: number, code: string, message: string | undefined): Observation & { ok: false } {
  if (code === 'ThrottlingException')
    return { ok: false, status, code, message, inconclusive: 'throttled: the case was not judged' };
  return { ok: false, status, code, message };
}
