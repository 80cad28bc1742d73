import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from './database';
import { DB_NAME, mayHaveStoredData } from './stored-data';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mayHaveStoredData', () => {
  it('is true once the database exists', async () => {
    await db.open();
    expect(db.name).toBe(DB_NAME);
    expect(await mayHaveStoredData()).toBe(true);
  });

  it('is false when the browser lists its databases and ours is not there', async () => {
    vi.spyOn(indexedDB, 'databases').mockResolvedValue([{ name: 'someone-else', version: 1 }]);
    expect(await mayHaveStoredData()).toBe(false);
  });

  it('is true when the browser will not say (the database code then finds out)', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('no', 'InvalidStateError'));
    expect(await mayHaveStoredData()).toBe(true);
  });
});
