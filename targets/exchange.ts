/** One SWF call in the form a client sent it: what `Target.exchange` sends. */
export interface Exchange {
  /** X-Amz-Target: `SimpleWorkflowService.X` or the long form old clients send. */
  target: string;
  /** Absent: no Content-Type header. */
  contentType?: string;
  body: string;
}

/** A whole answer (status, Content-Type, body), or, when none came, why. */
export type ExchangeAnswer =
  { status: number; contentType?: string; text: string; error?: undefined } | { status?: undefined; error: string };
