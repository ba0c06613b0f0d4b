import type { EffectiveConfig } from './effective-config.ts';

/** What the contract expects of one call. */
export type Expected =
  | {
      outcome: 'success';
      effective: EffectiveConfig;
      /** Allowance rules the request relies on (a workflowId reused after close, the long X-Amz-Target form...). */
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
    }
  | {
      /** Accepted, or refused with any client error: the contract only forbids a server error, a hang or a drop. */
      outcome: 'either';
      /** The rules that leave the answer open. */
      rules: string[];
      /** When present, a refusal must carry one of these codes (a policy the spec cannot settle: OperationNotPermittedFault). */
      codes?: string[];
      /** Why the contract cannot say more, with the evidence level of what is unknown. */
      because?: string;
    };
