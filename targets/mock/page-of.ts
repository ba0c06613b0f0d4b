import { SwfFault } from './swf-fault.ts';

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

/** What a page token stands for: an offset, and for the pages of a decision task the task's token. */
interface PagePosition {
  offset: number;
  task?: string;
}

/** An opaque token for a position, so callers do not come to rely on its form. */
function tokenFor(position: PagePosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64');
}

/** The position a token stands for; ValidationException for a token this mock did not hand out. */
export function positionOf(token: string, operation: string): PagePosition {
  let position: Partial<PagePosition> | undefined;
  try {
    position = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Partial<PagePosition>;
  } catch {
    position = undefined;
  }
  const offset = position?.offset;
  if (
    !Number.isSafeInteger(offset) ||
    (offset as number) < 0 ||
    (position!.task !== undefined && typeof position!.task !== 'string')
  ) {
    throw new SwfFault(
      'ValidationException',
      `Invalid nextPageToken: ${token}`,
      400,
      `${operation}:nextPageToken.invalid`,
    );
  }
  return { offset: offset as number, task: position!.task };
}

/**
 * Cuts one page out of a result already in its final order; the state is in memory, so an offset is a stable enough
 * position. `task` goes into the next page's token (PollForDecisionTask's pages are those of one task).
 */
export function pageOf<T>(items: readonly T[], request: PagingRequest, operation: string, task?: string): Page<T> {
  const start = request.nextPageToken ? positionOf(request.nextPageToken, operation).offset : 0;
  const end = start + (request.maximumPageSize || DEFAULT_PAGE_SIZE);
  return {
    items: items.slice(start, end),
    nextPageToken: end < items.length ? tokenFor({ offset: end, task }) : undefined,
  };
}
