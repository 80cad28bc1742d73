// Persistent storage (SPEC §5): browsers may clear a site's IndexedDB under storage
// pressure unless the site is granted persistence. We ask once, after the first answer
// has been saved (so the request comes from someone actually using the app), and
// remember the outcome in the settings table.

import { useLiveQuery } from 'dexie-react-hooks';
import { db, openResult } from './database';

const PERSISTENCE_KEY = 'storage.persistence';

export type PersistenceRecord = { requestedAt: number; granted: boolean };

export type StorageEstimate = {
  /** Whether the browser has promised not to clear our data; null when it cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
};

function isPersistenceRecord(value: unknown): value is PersistenceRecord {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.requestedAt === 'number' && typeof record.granted === 'boolean';
}

async function storedRecord(): Promise<PersistenceRecord | undefined> {
  const row = await db.settings.get(PERSISTENCE_KEY);
  return isPersistenceRecord(row?.value) ? row.value : undefined;
}

/** Asks the browser to keep our data and records the answer. */
export async function requestPersistence(now: number = Date.now()): Promise<PersistenceRecord> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  let granted = false;
  if (storage?.persist) {
    granted = (await storage.persisted?.()) === true || (await storage.persist());
  }
  const record: PersistenceRecord = { requestedAt: now, granted };
  await db.settings.put({ key: PERSISTENCE_KEY, value: record });
  return record;
}

let firstAnswerHandled = false;

/**
 * Called after an answer has been committed: the first time (ever, as remembered in the
 * settings table) it requests persistence. Never throws: persistence is a bonus, and
 * the answer is already saved.
 */
export async function onAnswerSaved(now: number = Date.now()): Promise<void> {
  if (firstAnswerHandled) return;
  firstAnswerHandled = true;
  // In memory nothing can be persisted; asking would only mislead.
  if (openResult.mode !== 'persistent') return;
  try {
    if (await storedRecord()) return;
    await requestPersistence(now);
  } catch {
    // Asking failed (e.g. storage closed meanwhile): try again in a later session.
  }
}

/** What the browser reports about our storage right now. */
export async function estimateStorage(): Promise<StorageEstimate> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

/** The remembered persistence request: null when never asked, undefined while loading. */
export function usePersistenceRecord(): PersistenceRecord | null | undefined {
  return useLiveQuery(async () => (await storedRecord()) ?? null, []);
}
