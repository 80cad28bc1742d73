// Whether this browser may hold Centricity data, answered without loading the database
// code (Dexie): on a first visit Home shows its empty state at once and loads no storage
// code until the user starts an assessment. Kept free of Dexie imports on purpose.

/** The IndexedDB database's name (schema.ts opens it). */
export const DB_NAME = 'centricity';

/**
 * false only when the browser lists its databases and ours is not among them. Where it
 * cannot tell (no indexedDB.databases(), a private mode that refuses, no IndexedDB at
 * all) the answer is true, so the database code loads and reports what it finds.
 */
export async function mayHaveStoredData(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
      return true;
    }
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === DB_NAME);
  } catch {
    return true;
  }
}
