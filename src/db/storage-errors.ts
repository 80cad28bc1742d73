// Storage failures as typed values the UI can explain (SPEC §5: no silent loss).

export type StorageErrorKind =
  'quota' | 'aborted' | 'notFound' | 'invalid' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    const name = (error as { name?: unknown }).name;
    if (name === 'AbortError' && inner) return errorName(inner);
    if (typeof name === 'string') return name;
  }
  return '';
}

// The database cannot be used from this tab at all: missing, failed to open, or closed
// because another tab upgraded it (see database.ts).
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'InvalidStateError',
  'DatabaseClosedError',
  'VersionError',
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
  if (name === 'QuotaExceededError') return new StorageError('quota', message, { cause: error });
  if (name === 'AbortError' || name === 'TransactionInactiveError')
    return new StorageError('aborted', message, { cause: error });
  if (UNAVAILABLE.has(name)) return new StorageError('unavailable', message, { cause: error });
  return new StorageError('unknown', message, { cause: error });
}
