// Opens the database at import time. When IndexedDB is missing or will not open (some private modes,
// a blocked or corrupt store), the app keeps working on an in-memory IndexedDB for the
// session and says so (SPEC §5).

import { CentricityDB, DB_NAME } from './schema';

export type StorageMode = 'persistent' | 'memory';
export type OpenResult = { mode: StorageMode; reason?: string };

// A live binding: replaced by the in-memory database if the real one fails to open.
export let db = new CentricityDB();

async function openWithFallback(): Promise<OpenResult> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    await db.open();
    return { mode: 'persistent' };
  } catch (error) {
    db.close();
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const memory = await import('fake-indexeddb');
    db = new CentricityDB(DB_NAME, {
      indexedDB: memory.indexedDB,
      IDBKeyRange: memory.IDBKeyRange,
    });
    await db.open();
    return { mode: 'memory', reason };
  }
}

// Every module that reads or writes data imports this one, so top-level await makes
// sure the database (or its in-memory stand-in) is open before any use. The database
// code is loaded lazily, after the first screen has rendered.
const openResult: OpenResult = await openWithFallback();

/** How the database was opened: persistent, or in memory with the reason. */
export function openDatabase(): Promise<OpenResult> {
  return Promise.resolve(openResult);
}
