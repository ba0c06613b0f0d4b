/** The form of an HTTP answer, apart from what it says: what the answer-format rules judge. */
export interface AnswerForm {
  /** The Content-Type header as sent, absent when there was none. */
  contentType?: string;
  /** What the body was: one JSON object, nothing, something else that parses as JSON, or not JSON at all. */
  body: 'json-object' | 'empty' | 'other-json' | 'not-json';
}

/** What a target answered to one call. `status` is absent when no HTTP answer came (connection error, timeout). */
export type Observation =
  | { ok: true; status: number; runId?: string; answer?: AnswerForm }
  | {
      ok: false;
      status?: number;
      code: string;
      message?: string;
      /** Set when the answer says nothing about the contract: throttled, or not sent for safety. */
      inconclusive?: string;
      /** Set when no answer came within the call timeout. */
      timedOut?: true;
      answer?: AnswerForm;
    };

/** The configuration of a started execution as one read of the target shows it. */
export interface EffectView {
  runId?: string;
  /** OPEN or CLOSED; Describe only. */
  executionStatus?: string;
  workflowType?: { name?: string; version?: string };
  taskList?: string;
  executionStartToCloseTimeout?: string;
  taskStartToCloseTimeout?: string;
  childPolicy?: string;
  taskPriority?: string;
  tagList?: string[];
  input?: string;
  lambdaRole?: string;
}

/** The effects read back after an accepted start: DescribeWorkflowExecution and the WorkflowExecutionStarted event. */
export interface Effects {
  describe?: EffectView;
  started?: EffectView;
  /** Set when a read failed; the views it would have filled stay absent. */
  readError?: Observation & { ok: false; call: string };
}
