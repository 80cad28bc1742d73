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
