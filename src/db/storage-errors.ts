// Storage failures as typed values the UI can explain (SPEC §5: no silent loss). Each
// kind has a message in every language under `common:errors.storage.<kind>`; the screen
// shows that message (ui/use-error-text.ts), never the browser's English text.

import { getConnectionStatus } from './connection-status';

export type StorageErrorKind =
  /** The browser refused the write: this site's storage quota is used up. */
  | 'quota'
  /** The device's disk is full or failing (Chromium reports UnknownError or DataError). */
  | 'diskFull'
  /** This tab's database upgrade waits for another tab running an older version. */
  | 'blocked'
  /** The connection was closed (another tab opened a newer version): reload. */
  | 'closed'
  /** The browser interrupted the transaction; trying again may work. */
  | 'aborted'
  | 'notFound'
  /** The data did not pass its schema; nothing was written. */
  | 'invalid'
  /** A limit of the app (e.g. participants per workshop), with `params.max`. */
  | 'limit'
  /** IndexedDB is missing or would not open. */
  | 'unavailable'
  | 'unknown';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** Numbers the translated message names (e.g. `max` for 'limit'). */
  readonly params: Readonly<Record<string, number>>;

  constructor(
    kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown; params?: Record<string, number> },
  ) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
    this.params = options?.params ?? {};
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    const name = (error as { name?: unknown }).name;
    // Dexie wraps the cause of an aborted transaction (and of a failed open) in `inner`.
    if ((name === 'AbortError' || name === 'OpenFailedError') && inner) {
      const innerName = errorName(inner);
      if (innerName) return innerName;
    }
    if (typeof name === 'string') return name;
  }
  return '';
}

const DISK_FULL = new Set(['UnknownError', 'DataError']);
// The database cannot be used from this tab at all: missing or failed to open.
const UNAVAILABLE = new Set(['MissingAPIError', 'OpenFailedError']);
// The connection is gone or out of date: a reload fixes it.
const CLOSED = new Set([
  'DatabaseClosedError',
  'InvalidStateError',
  'VersionError',
  'VersionChangeError',
]);

/** True when retrying the same write may succeed (the browser interrupted it). */
export function isTransient(error: StorageError): boolean {
  return error.kind === 'aborted';
}

/** Maps Dexie / DOM exceptions to a StorageError kind. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  const kind = ((): StorageErrorKind => {
    if (name === 'QuotaExceededError') return 'quota';
    if (DISK_FULL.has(name)) return 'diskFull';
    const connection = getConnectionStatus();
    if (connection.blocked) return 'blocked';
    if (connection.outdated || CLOSED.has(name)) return 'closed';
    if (name === 'AbortError' || name === 'TransactionInactiveError') return 'aborted';
    if (UNAVAILABLE.has(name)) return 'unavailable';
    return 'unknown';
  })();
  return new StorageError(kind, message, { cause: error });
}

/** What a schema's safeParse gives: the parsed value, or the issues with their paths. */
type SafeParse<T> = (
  value: T,
) =>
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };

/**
 * The record as its schema parses it, or a StorageError ('invalid') listing each problem
 * with its path: what every repository checks before it writes.
 */
export function validRecord<T>(schema: { safeParse: SafeParse<T> }, record: T): T {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    throw new StorageError(
      'invalid',
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  return parsed.data;
}
