import { randomUUID } from 'node:crypto';
import { HttpResponse } from 'msw';
import type { SwfFault } from './swf-fault';

/** Headers of every SWF answer: the JSON 1.0 content type and a fresh request id. */
function swfHeaders(): Record<string, string> {
  return { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': randomUUID() };
}

/** A 200 answer with a JSON body. */
export function jsonReply(body: object): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(body), { status: 200, headers: swfHeaders() });
}

/** A 200 answer with no body at all, as SWF gives for operations without output (not even `{}`). */
export function emptyReply(): HttpResponse<null> {
  return new HttpResponse(null, { status: 200, headers: { ...swfHeaders(), 'content-length': '0' } });
}

/** An error answer: the fault's status and its `{__type, message}` body. */
export function faultReply(fault: SwfFault): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(fault.toBody()), { status: fault.status, headers: swfHeaders() });
}
