// Failed writes (SPEC §5): a quota or abort error inside IndexedDB reaches the caller as
// a typed StorageError, and the stored record is exactly what it was before the write.
// The failures are injected into the real (fake-indexeddb) object store, below Dexie.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ITEM_IDS } from '../domain/instrument';
import { createAssessment, saveAnswer } from './assessments';
import { db } from './database';
import { updateConnectionStatus } from './connection-status';
import { StorageError, toStorageError } from './storage-errors';

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Makes the next `times` writes (put/add) on any object store fail with `makeError`. */
function failWrites(makeError: () => Error, times = Infinity) {
  let remaining = times;
  let failed = 0;
  const store = globalThis.IDBObjectStore.prototype;
  const originalPut = store.put;
  const originalAdd = store.add;
  const spyPut = vi.spyOn(store, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    if (remaining-- > 0) {
      failed++;
      throw makeError();
    }
    return originalPut.apply(this, args);
  });
  const spyAdd = vi.spyOn(store, 'add').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    if (remaining-- > 0) {
      failed++;
      throw makeError();
    }
    return originalAdd.apply(this, args);
  });
  return {
    failures: () => failed,
    restore: () => {
      spyPut.mockRestore();
      spyAdd.mockRestore();
    },
  };
}

beforeEach(async () => {
  await db.assessments.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('toStorageError', () => {
  it.each([
    [quotaError(), 'quota'],
    [new Dexie.AbortError('aborted', quotaError()), 'quota'],
    [new Dexie.QuotaExceededError('full'), 'quota'],
    [new DOMException('stop', 'AbortError'), 'aborted'],
    [new Dexie.AbortError('aborted'), 'aborted'],
    [new Dexie.DatabaseClosedError('closed by another tab'), 'closed'],
    [new DOMException('closing', 'InvalidStateError'), 'closed'],
    [new Dexie.VersionError('newer'), 'closed'],
    [new DOMException('Internal error.', 'UnknownError'), 'diskFull'],
    [new DOMException('disk', 'DataError'), 'diskFull'],
    [
      new Dexie.AbortError('aborted', new DOMException('Internal error.', 'UnknownError')),
      'diskFull',
    ],
    [new Dexie.UnknownError('unknown'), 'diskFull'],
    [new Dexie.MissingAPIError('no IndexedDB'), 'unavailable'],
    [new Dexie.OpenFailedError('cannot open'), 'unavailable'],
    [new Error('something else'), 'unknown'],
    ['a string', 'unknown'],
  ])('maps %s to %s', (error, kind) => {
    const mapped = toStorageError(error);
    expect(mapped).toBeInstanceOf(StorageError);
    expect(mapped.kind).toBe(kind);
  });
});

describe('the connection state names the error', () => {
  afterEach(() => updateConnectionStatus({ blocked: false, outdated: false }));

  it('a failure while an upgrade waits for another tab is "blocked"', () => {
    updateConnectionStatus({ blocked: true });
    expect(toStorageError(new Dexie.DatabaseClosedError('x')).kind).toBe('blocked');
  });

  it('a failure after another tab upgraded the database is "closed"', () => {
    updateConnectionStatus({ outdated: true });
    expect(toStorageError(new Error('anything')).kind).toBe('closed');
  });

  it('a full disk stays "quota" or "diskFull" whatever the connection', () => {
    updateConnectionStatus({ blocked: true });
    expect(toStorageError(quotaError()).kind).toBe('quota');
    expect(toStorageError(new DOMException('x', 'UnknownError')).kind).toBe('diskFull');
  });
});

describe('failed writes leave nothing half-written', () => {
  it('a full disk on the 25th answer keeps the 24 saved answers and no completion', async () => {
    const id = await createAssessment(
      { businessName: 'Quota', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    for (const itemId of ITEM_IDS.slice(0, 24)) await saveAnswer(id, itemId, 4, T0 + 10);
    const before = await db.assessments.get(id);
    expect(before!.completedAt).toBeNull();

    const injected = failWrites(quotaError);
    const attempt = saveAnswer(id, ITEM_IDS[24]!, 5, T0 + 20);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'quota' });
    injected.restore();

    const after = await db.assessments.get(id);
    expect(after).toEqual(before);
    expect(Object.keys(after!.answers)).toHaveLength(24);

    // Once there is room again, the same answer saves and completes the assessment.
    await saveAnswer(id, ITEM_IDS[24]!, 5, T0 + 30);
    const done = await db.assessments.get(id);
    expect(done!.answers[ITEM_IDS[24]!]).toBe(5);
    expect(done!.completedAt).toBe(T0 + 30);
  });

  it('a quota error while creating an assessment adds no record', async () => {
    const count = await db.assessments.count();
    const injected = failWrites(quotaError);
    await expect(
      createAssessment({ businessName: 'Never stored', respondent: '', context: '' }, 'en'),
    ).rejects.toMatchObject({ kind: 'quota' });
    injected.restore();
    expect(await db.assessments.count()).toBe(count);
  });

  it('an aborted write is retried once and then succeeds', async () => {
    const id = await createAssessment(
      { businessName: 'Abort', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    const injected = failWrites(() => new DOMException('interrupted', 'AbortError'), 1);
    await saveAnswer(id, 'culture.1', 3, T0 + 5);
    expect(injected.failures()).toBe(1);
    injected.restore();
    expect((await db.assessments.get(id))!.answers['culture.1']).toBe(3);
  });

  it('a write aborted twice surfaces as aborted and changes nothing', async () => {
    const id = await createAssessment(
      { businessName: 'Abort', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    await saveAnswer(id, 'culture.1', 2, T0 + 5);
    const before = await db.assessments.get(id);
    const injected = failWrites(() => new DOMException('interrupted', 'AbortError'));
    await expect(saveAnswer(id, 'culture.1', 5, T0 + 6)).rejects.toMatchObject({ kind: 'aborted' });
    expect(injected.failures()).toBe(2);
    injected.restore();
    expect(await db.assessments.get(id)).toEqual(before);
  });

  it('a transaction aborted from inside (Dexie hook) changes nothing', async () => {
    const id = await createAssessment(
      { businessName: 'Hook', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    await saveAnswer(id, 'culture.1', 2, T0 + 5);
    const before = await db.assessments.get(id);
    const abort = () => {
      throw quotaError();
    };
    db.assessments.hook('updating', abort);
    try {
      await expect(saveAnswer(id, 'culture.2', 4, T0 + 6)).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      db.assessments.hook('updating').unsubscribe(abort);
    }
    expect(await db.assessments.get(id)).toEqual(before);
  });
});
