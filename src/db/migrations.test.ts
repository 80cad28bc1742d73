// For every schema version: write data with the previous version's definition, open it
// with the current code, and check that every record survived.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CentricityDB, VERSION_1_STORES } from './schema';

// The newest schema version. Adding a version changes this number and, with it, needs a
// migration test below that opens a database written by the version before.
const NEWEST_VERSION = 4;

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
      'policies',
      'policyVersions',
      'settings',
      'workshops',
    ]);
    fresh.close();
    await Dexie.delete(name);
  });

  it('v2 → v4 keeps every record of every table and adds empty policy tables', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    // Version 2 exactly as it was released (schema.ts, versions 1 and 2).
    const v2 = new Dexie(name);
    v2.version(1).stores(VERSION_1_STORES);
    v2.version(2).stores({
      actionPlans: 'assessmentId',
      workshops: 'id, createdAt',
      participants: 'id, workshopId, &[workshopId+fingerprint]',
      settings: 'key',
    });
    const assessment = {
      id: 'a1',
      businessName: 'Corner Bakery',
      respondent: 'Ana',
      context: 'BUS 210',
      locale: 'en',
      answers: { 'culture.1': 4, 'staff.5': 2 },
      notes: { culture: 'Owner sets the tone.' },
      createdAt: 1,
      updatedAt: 2,
      completedAt: null,
    };
    const plan = {
      assessmentId: 'a1',
      goals: [
        {
          id: 'g1',
          sectionId: 'accessibility',
          adviceId: null,
          what: 'Answer calls faster',
          targetValue: 90,
          targetUnit: '%',
          owner: 'Ana',
          dueDate: '2030-01-31',
          status: 'planned',
          createdAt: 3,
          updatedAt: 3,
        },
      ],
      nextAuditDate: '2030-03-01',
      updatedAt: 3,
    };
    const workshop = { id: 'w1', name: 'Evening class', createdAt: 4, updatedAt: 4 };
    const participant = {
      id: 'p1',
      workshopId: 'w1',
      fingerprint: 'answers:1234',
      label: 'Seat 4',
      answers: {},
      source: 'file',
      addedAt: 5,
    };
    const setting = { key: 'storage.persistAsked', value: true };
    await v2.table('assessments').add(assessment);
    await v2.table('actionPlans').add(plan);
    await v2.table('workshops').add(workshop);
    await v2.table('participants').add(participant);
    await v2.table('settings').add(setting);
    v2.close();

    const current = new CentricityDB(name);
    await current.open();
    expect(current.verno).toBe(NEWEST_VERSION);
    expect(await current.assessments.toArray()).toEqual([assessment]);
    expect(await current.actionPlans.toArray()).toEqual([plan]);
    expect(await current.workshops.toArray()).toEqual([workshop]);
    expect(await current.participants.toArray()).toEqual([participant]);
    expect(await current.settings.toArray()).toEqual([setting]);
    // v2's compound index still finds the participant.
    expect(
      await current.participants
        .where('[workshopId+fingerprint]')
        .equals(['w1', 'answers:1234'])
        .primaryKeys(),
    ).toEqual(['p1']);
    expect(await current.policies.count()).toBe(0);
    expect(await current.policyVersions.count()).toBe(0);
    // The new tables and their unique [policyId+number] index work right away.
    const version = { id: 'v1', policyId: 'pol', number: 1 };
    await current.table('policyVersions').add(version);
    await expect(current.table('policyVersions').add({ ...version, id: 'v2' })).rejects.toThrow(
      /ConstraintError|uniqueness/i,
    );
    current.close();
    await Dexie.delete(name);
  });
});
