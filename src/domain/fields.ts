// The zod building blocks every record schema uses, so that one field means one rule on
// every path (typed, imported, shared, scanned, migrated; issue 12): ids, one-line and
// multi-line text (cleaned by text.ts, then limited), and timestamps (timestamps.ts).
//
// One zod API: the whole app uses `zod/mini`. Its functional checks are tree-shaken, so
// a screen pays only for the checks it uses (a few KB instead of classic zod's ~13 KB
// gzip that every schema drags in whole), and issue 16 wants zod off the first paint:
// the smaller each lazily loaded screen's share, the better. @hookform/resolvers reads
// mini schemas as well as classic ones.

import { z } from 'zod/mini';
import { cleanLine, cleanMultiline } from './text';
import { EARLIEST_TIMESTAMP, isAcceptedTimestamp } from './timestamps';

const MAX_ID_LENGTH = 100;

/** Printable ASCII without spaces: what every id and fingerprint the app makes is written in. */
export const ASCII_ID = /^[\x21-\x7E]+$/;

/**
 * A record's id: 1–100 printable ASCII characters (the app makes UUIDs and hex ids). Ids
 * are never shown, and keeping them ASCII keeps a file's size predictable from its counts.
 */
export const recordIdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(MAX_ID_LENGTH), z.regex(ASCII_ID));

/** One-line text, cleaned (controls and bidi overrides removed, trimmed), then limited. */
export function lineTextSchema(max: number) {
  return z.string().check(z.overwrite(cleanLine), z.maxLength(max));
}

/** Multi-line text (notes), cleaned but keeping line feeds and tabs, then limited. */
export function multilineTextSchema(max: number) {
  return z.string().check(z.overwrite(cleanMultiline), z.maxLength(max));
}

/** Marks the issue `validation-issues.ts` reports as `timestampOutOfRange`. */
export const TIMESTAMP_ISSUE = 'timestampOutOfRange';

/** Milliseconds since 1970, between 2000-01-01 and a day after the moment of checking. */
export const timestampSchema = z.number().check(
  z.refine((value) => isAcceptedTimestamp(value), {
    params: { issue: TIMESTAMP_ISSUE },
    error: (issue) =>
      `${String(issue.input)} is not a time between ${new Date(EARLIEST_TIMESTAMP).toISOString()} and a day from now`,
  }),
);
