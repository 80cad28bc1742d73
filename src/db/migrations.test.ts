// For every schema version: write data with the previous version's definition, open it
// with the current code, and check that every record survived.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../domain/instrument';
import { CentricityDB, VERSION_1_STORES } from './schema';

// The newest schema version: 5 (issue 12's repair) is the highest assigned number, so it
// stays the newest whether or not versions 3 (complaints) and 4 (policy) exist yet. Adding
// a version changes this number and needs a migration test that opens the version before.
const NEWEST_VERSION = 5;

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

describe('schema migrations', () => {
  it('v1 → v2 (and on) keeps every assessment and adds empty notes', async () => {
    const name = `migration-v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(VERSION_1_STORES);
    const records = [
      {
        id: 'a1',
        businessName: 'Pekáreň u Jána',
        respondent: 'Ján',
        context: '',
        locale: 'sk',
        answers: { 'culture.1': 5, 'culture.2': 4 },
        createdAt: T0 + 1,
        updatedAt: T0 + 2,
        completedAt: null,
      },
      {
        id: 'a2',
        businessName: 'کافه',
        respondent: '',
        context: 'MBA',
        locale: 'fa',
        answers: {},
        createdAt: T0 + 3,
        updatedAt: T0 + 4,
        completedAt: T0 + 5,
      },
    ];
    await v1.table('assessments').bulkAdd(records);
    v1.close();

    const current = new CentricityDB(name);
    await current.open();
    expect(current.verno).toBe(NEWEST_VERSION);
    const migrated = await current.assessments.orderBy('id').toArray();
    expect(migrated).toEqual(records.map((record) => ({ ...record, notes: {} })));
    expect(await current.workshops.count()).toBe(0);
    expect(await current.actionPlans.count()).toBe(0);
    // v1's indexes still answer queries on the migrated records.
    expect(
      await current.assessments
        .where('completedAt')
        .equals(T0 + 5)
        .primaryKeys(),
    ).toEqual(['a2']);
    expect(await current.assessments.orderBy('updatedAt').reverse().primaryKeys()).toEqual([
      'a2',
      'a1',
    ]);
    // The new tables accept writes right after the upgrade.
    await current.settings.put({ key: 'probe', value: 1 });
    expect(await current.settings.get('probe')).toEqual({ key: 'probe', value: 1 });
    current.close();

    // Opening again (a reload) runs no upgrade twice and loses nothing.
    const reopened = new CentricityDB(name);
    await reopened.open();
    expect(await reopened.assessments.orderBy('id').toArray()).toEqual(
      records.map((record) => ({ ...record, notes: {} })),
    );
    expect(await reopened.settings.count()).toBe(1);
    reopened.close();
    await Dexie.delete(name);
  });

  it('v2 → v5 brings stored records within the schemas without losing any', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(VERSION_1_STORES);
    v2.version(2).stores({
      actionPlans: 'assessmentId',
      workshops: 'id, createdAt',
      participants: 'id, workshopId, &[workshopId+fingerprint]',
      settings: 'key',
    });
    const full = Object.fromEntries(ITEM_IDS.map((id) => [id, 3]));
    const beyondDates = 8.64e15 + 1; // imported by older versions, shown by none
    const good = {
      id: 'good',
      businessName: 'Pekáreň',
      respondent: '',
      context: '',
      locale: 'sk',
      answers: full,
      notes: { culture: 'line one\nline two' },
      createdAt: T0,
      updatedAt: T0 + 1,
      completedAt: T0 + 1,
    };
    await v2.table('assessments').bulkAdd([
      good,
      {
        ...good,
        id: 'poisoned',
        businessName: 'Evil\u202Efdp.exe\u0000',
        respondent: 'x'.repeat(130),
        notes: { staff: 'a\u0007b\r\nc' },
        createdAt: beyondDates,
        updatedAt: beyondDates,
        completedAt: beyondDates,
      },
    ]);
    await v2.table('workshops').add({ id: 'w', name: ' Kurz\n2 ', createdAt: 0, updatedAt: 5 });
    await v2.table('participants').add({
      id: 'p',
      workshopId: 'w',
      fingerprint: 'answers:3333333333333333333333333',
      label: 'Ana\u2066',
      answers: full,
      source: 'file',
      addedAt: 1e20,
    });
    v2.close();

    const before = Date.now();
    const current = new CentricityDB(name);
    await current.open();
    expect(current.verno).toBe(NEWEST_VERSION);
    expect(await current.assessments.get('good')).toEqual(good);
    const repaired = (await current.assessments.get('poisoned'))!;
    expect(repaired).toMatchObject({
      businessName: 'Evilfdp.exe',
      respondent: 'x'.repeat(120),
      notes: { staff: 'ab\nc' },
      answers: full,
    });
    for (const time of [repaired.createdAt, repaired.updatedAt, repaired.completedAt!]) {
      expect(time).toBeGreaterThanOrEqual(before);
      expect(time).toBeLessThanOrEqual(Date.now());
    }
    expect(await current.workshops.get('w')).toMatchObject({
      name: 'Kurz 2',
      updatedAt: expect.any(Number),
    });
    const workshop = (await current.workshops.get('w'))!;
    expect(workshop.createdAt).toBeGreaterThanOrEqual(before);
    const participant = (await current.participants.get('p'))!;
    expect(participant).toMatchObject({
      label: 'Ana',
      answers: full,
      fingerprint: 'answers:3333333333333333333333333',
    });
    expect(participant.addedAt).toBeGreaterThanOrEqual(before);
    current.close();
    await Dexie.delete(name);
  });

  it('an empty database is created at the current version with every table', async () => {
    const name = `migration-new-${crypto.randomUUID()}`;
    const fresh = new CentricityDB(name);
    await fresh.open();
    expect(fresh.verno).toBe(NEWEST_VERSION);
    // Versions 3 and 4 (complaints, policy) add tables of their own; these five are always there.
    expect(fresh.tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        'actionPlans',
        'assessments',
        'participants',
        'settings',
        'workshops',
      ]),
    );
    fresh.close();
    await Dexie.delete(name);
  });
});
