// Where each error code lives on the wire: Coral's own exceptions vs SWF's modeled faults.
const WIRE_NAMESPACES: Record<string, string> = {
  ValidationException: 'com.amazon.coral.validate',
  SerializationException: 'com.amazon.coral.service',
  UnknownOperationException: 'com.amazon.coral.service',
  InternalFailure: 'com.amazon.coral.service',
  MissingAuthenticationTokenException: 'com.amazon.coral.service',
  IncompleteSignatureException: 'com.amazon.coral.service',
  InvalidSignatureException: 'com.amazon.coral.service',
  UnrecognizedClientException: 'com.amazon.coral.service',
  RequestEntityTooLargeException: 'com.amazon.coral.service',
  ThrottlingException: 'com.amazon.coral.availability',
};

/** The JSON body of an error answer. */
export interface FaultBody {
  __type: string;
  message?: string;
}

/** An error the mock answers instead of a result; `check` names the check that raised it, so a quirk can recognise it. */
export class SwfFault extends Error {
  /** The message sent on the wire; some Coral errors carry none. */
  readonly detail: string | undefined;

  constructor(
    readonly code: string,
    detail?: string,
    readonly status = 400,
    readonly check?: string,
  ) {
    super(detail ?? code);
    this.name = code;
    this.detail = detail;
  }

  /** The body SWF sends for this fault. */
  toBody(): FaultBody {
    const namespace = WIRE_NAMESPACES[this.code] ?? 'com.amazonaws.swf.base.model';
    return this.detail === undefined
      ? { __type: `${namespace}#${this.code}` }
      : { __type: `${namespace}#${this.code}`, message: this.detail };
  }
}
