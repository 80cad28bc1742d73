// Reads one record straight from the app's IndexedDB, as the browser stored it, so a test
// can check what was written without going through the app's own code.
import type { Page } from '@playwright/test';

export function storedRecord<T = unknown>(
  page: Page,
  store: 'assessments' | 'actionPlans' | 'workshops' | 'participantBlocks' | 'settings',
  key: string,
): Promise<T | undefined> {
  return page.evaluate(
    ([storeName, recordKey]) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('centricity');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(storeName!).objectStore(storeName!).get(recordKey!);
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T | undefined);
          };
          request.onerror = () => {
            db.close();
            reject(request.error);
          };
        };
      }),
    [store, key],
  );
}

/**
 * Writes records straight into the app's IndexedDB, behind Dexie's back, in one
 * transaction: for screens that only need data to show. A screen already open learns of
 * them only when it reads again (a navigation or a reload).
 */
export function putRecords(
  page: Page,
  records: Partial<Record<string, readonly object[]>>,
): Promise<void> {
  return page.evaluate(async (byStore) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('centricity');
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });
    try {
      const write = db.transaction(Object.keys(byStore), 'readwrite');
      for (const [store, rows] of Object.entries(byStore))
        for (const row of rows ?? []) write.objectStore(store).put(row);
      await new Promise<void>((resolve, reject) => {
        write.addEventListener('complete', () => resolve());
        write.addEventListener('error', () => reject(write.error));
        write.addEventListener('abort', () => reject(write.error));
      });
    } finally {
      db.close();
    }
  }, records);
}
