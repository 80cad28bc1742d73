// Opens the database at import time. When IndexedDB is missing or will not open (some
// private modes, a blocked or corrupt store), the app keeps working on an in-memory
// IndexedDB for the session and says so (SPEC §5). Several tabs share one database:
// when another tab opens a newer schema version, this tab closes its connection so the
// upgrade can run, and asks the user to reload instead of writing with old code.

import { updateConnectionStatus } from './connection-status';
import { CentricityDB, DB_NAME } from './schema';

type StorageMode = 'persistent' | 'memory';
export type OpenResult = { mode: StorageMode; reason?: string };

// A live binding: replaced by the in-memory database if the real one fails to open.
export let db = new CentricityDB();
watchOtherTabs(db);

function watchOtherTabs(database: CentricityDB): void {
  // Dexie's default handler closes the connection but reopens it on the next query,
  // which would run this tab's (older) code against the newer schema. Stay closed: the
  // banner asks for a reload, and writes fail visibly instead of silently.
  // Returning false stops Dexie's default handler, which runs after ours.
  database.on('versionchange', () => {
    database.close({ disableAutoOpen: true });
    updateConnectionStatus({ outdated: true });
    return false;
  });
  // This tab's upgrade waits for an older tab that will not let go of the database.
  database.on('blocked', () => updateConnectionStatus({ blocked: true }));
}

async function openWithFallback(): Promise<OpenResult> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    await db.open();
    updateConnectionStatus({ mode: 'persistent', blocked: false });
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
    updateConnectionStatus({ mode: 'memory', reason, blocked: false });
    return { mode: 'memory', reason };
  }
}

// Every module that reads or writes data imports this one, so top-level await makes
// sure the database (or its in-memory stand-in) is open before any use. The database
// code is loaded lazily, after the first screen has rendered.
export const openResult: OpenResult = await openWithFallback();

/**
 * How the database was opened: persistent, or in memory with the reason.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function openDatabase(): Promise<OpenResult> {
  return Promise.resolve(openResult);
}
