import { randomUUID } from 'node:crypto';
import { HttpResponse } from 'msw';
import type { SwfFault } from './swf-fault.ts';

const AMZ_JSON = 'application/x-amz-json-1.0';

/** Headers of every SWF answer: its content type (see answer-content-type.ts) and a fresh request id. */
function swfHeaders(contentType: string): Record<string, string> {
  return { 'content-type': contentType, 'x-amzn-requestid': randomUUID() };
}

/** A 200 answer with a JSON body. */
export function jsonReply(body: object, contentType = AMZ_JSON): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(body), { status: 200, headers: swfHeaders(contentType) });
}

/** A 200 answer with no body at all, as SWF gives for operations without output (not even `{}`). */
export function emptyReply(contentType = AMZ_JSON): HttpResponse<null> {
  return new HttpResponse(null, { status: 200, headers: { ...swfHeaders(contentType), 'content-length': '0' } });
}

/** An error answer: the fault's status and its `{__type, message}` body. */
export function faultReply(fault: SwfFault, contentType = AMZ_JSON): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(fault.toBody()), { status: fault.status, headers: swfHeaders(contentType) });
}
