import { SwfFault } from './swf-fault';

/** The page size SWF uses when none (or 0) is asked for; also the largest the model allows. */
export const DEFAULT_PAGE_SIZE = 1000;

/** The paging members every SWF list call shares. */
export interface PagingRequest {
  maximumPageSize?: number | null;
  nextPageToken?: string | null;
  reverseOrder?: boolean | null;
}

export interface Page<T> {
  items: T[];
  /** Present only when more items follow. */
  nextPageToken?: string;
}

/** An opaque token for an offset, so callers do not come to rely on its form. */
function tokenFor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

/** The offset a token stands for; ValidationException for a token this mock did not hand out. */
function offsetOf(token: string, operation: string): number {
  let offset: unknown;
  try {
    offset = (JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset?: unknown }).offset;
  } catch {
    offset = undefined;
  }
  if (!Number.isSafeInteger(offset) || (offset as number) < 0) {
    throw new SwfFault('ValidationException', `Invalid nextPageToken: ${token}`, 400, `${operation}:nextPageToken.invalid`);
  }
  return offset as number;
}

/** Cuts one page out of a result already in its final order; the state is in memory, so an offset is a stable enough position. */
export function pageOf<T>(items: readonly T[], request: PagingRequest, operation: string): Page<T> {
  const start = request.nextPageToken ? offsetOf(request.nextPageToken, operation) : 0;
  const end = start + (request.maximumPageSize || DEFAULT_PAGE_SIZE);
  return { items: items.slice(start, end), nextPageToken: end < items.length ? tokenFor(end) : undefined };
}
