// For every schema version: write data with the previous version's definition, open it
// with the current code, and check that every record survived.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CentricityDB, VERSION_1_STORES } from './schema';

// The newest schema version. Adding a version changes this number and, with it, needs a
// migration test below that opens a database written by the version before.
const NEWEST_VERSION = 2;

describe('schema migrations', () => {
  it('v1 → v2 keeps every assessment and adds empty notes', async () => {
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
        createdAt: 1,
        updatedAt: 2,
        completedAt: null,
      },
      {
        id: 'a2',
        businessName: 'کافه',
        respondent: '',
        context: 'MBA',
        locale: 'fa',
        answers: {},
        createdAt: 3,
        updatedAt: 4,
        completedAt: 5,
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
    expect(await current.assessments.where('completedAt').equals(5).primaryKeys()).toEqual(['a2']);
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

  it('an empty database is created at the current version with every table', async () => {
    const name = `migration-new-${crypto.randomUUID()}`;
    const fresh = new CentricityDB(name);
    await fresh.open();
    expect(fresh.verno).toBe(NEWEST_VERSION);
    expect(fresh.tables.map((table) => table.name).sort()).toEqual([
      'actionPlans',
      'assessments',
      'participants',
      'settings',
      'workshops',
    ]);
    fresh.close();
    await Dexie.delete(name);
  });
});
