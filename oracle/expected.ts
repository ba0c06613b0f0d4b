import type { EffectiveConfig } from './effective-config';

/** What the contract expects of one call. */
export type Expected =
  | {
      outcome: 'success';
      effective: EffectiveConfig;
      /** Allowance rules the request relies on (a workflowId reused after close, or open in another domain). */
      allowances?: string[];
    }
  | {
      outcome: 'reject';
      /** The rules the request breaks. */
      rules: string[];
      /** Error codes the contract accepts; empty when any client error does. */
      codes: string[];
      anyClientError: boolean;
      /** Codes the evidence suggests but does not establish; informative only. */
      likelyCodes: string[];
    };
