import type { Check, WireDefect } from '../../spec/spec-types.ts';
import type { WireView } from './read-wire.ts';
import { hasDuplicateKeys } from './has-duplicate-keys.ts';
import type { SchemaFindings } from './walk-schema.ts';

/** What every wire check sees: the request as read, and the body walked against the schema when it parsed. */
export interface WireFacts {
  view: WireView;
  schema?: SchemaFindings;
}

import { SDK_WIRE_HEADERS } from '../../model/wire.ts';

const SHORT_TARGET = SDK_WIRE_HEADERS['x-amz-target'];
const AMZ_JSON = /^application\/x-amz-json-1\.0\s*(;.*)?$/i;
const PLAIN_JSON = /^application\/json\s*(;.*)?$/i;

/** For each wire defect, whether a request shows it. The rules themselves (what follows) live in the spec. */
export const WIRE_CHECKS: Record<WireDefect, (f: WireFacts, check: Check) => boolean> = {
  signatureMissing: ({ view }) => view.signing === 'none',
  signatureBad: ({ view }) => view.signing === 'bad',
  targetMissing: ({ view }) => view.target === null,
  // Any target but this operation's forms; generators never name another SWF operation.
  targetUnknown: ({ view }, check) =>
    view.target !== null && view.target !== SHORT_TARGET && !check.alsoAllowed?.includes(view.target),
  targetLongForm: ({ view }, check) => view.target === check.value,
  contentTypeJson: ({ view }) => view.contentType !== null && PLAIN_JSON.test(view.contentType),
  contentTypeOther: ({ view }) =>
    view.contentType === null || !(AMZ_JSON.test(view.contentType) || PLAIN_JSON.test(view.contentType)),
  oversized: ({ view }, check) => view.size > check.max!,
  invalidUtf8: ({ view }) => view.text === undefined,
  empty: ({ view }) => view.size === 0,
  malformed: ({ view }) => view.text !== undefined && view.size > 0 && !view.parsed,
  wrongType: ({ schema }) => !!schema?.wrongTypes.length,
  duplicateKey: ({ view }) => view.parsed && hasDuplicateKeys(view.text!),
  unknownMember: ({ schema }) => !!schema?.unknownMembers.length,
  requiredOmitted: ({ schema }) => !!schema?.omitted.length,
  requiredNull: ({ schema }) => !!schema?.nulls.length,
  nullItem: ({ schema }) => !!schema?.nullItems.length,
};
