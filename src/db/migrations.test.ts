// For every schema version: write data with the previous version's definition, open it
// with the current code, and check that every record survived.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../domain/instrument';
import { CentricityDB, VERSION_1_STORES } from './schema';

// The newest schema version. Adding a version changes this number and, with it, needs a
// migration test below that opens a database written by the version before.
const NEWEST_VERSION = 3;

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

  it('v2 → v3 keeps every record of every table and adds the complaint tables', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    // Version 2 exactly as it shipped (pinned here, so a later edit of schema.ts cannot
    // make this test write with a different definition).
    const v2 = new Dexie(name);
    v2.version(1).stores(VERSION_1_STORES);
    v2.version(2).stores({
      actionPlans: 'assessmentId',
      workshops: 'id, createdAt',
      participants: 'id, workshopId, &[workshopId+fingerprint]',
      settings: 'key',
    });
    const answers = Object.fromEntries(ITEM_IDS.map((itemId, index) => [itemId, (index % 5) + 1]));
    const assessments = [
      {
        id: 'a1',
        businessName: 'Corner Bakery',
        respondent: 'Ana',
        context: '',
        locale: 'en',
        answers,
        notes: { feedback: 'We do not log complaints yet.' },
        createdAt: 10,
        updatedAt: 20,
        completedAt: 20,
      },
      {
        id: 'a2',
        businessName: 'کافه',
        respondent: '',
        context: 'MBA',
        locale: 'fa',
        answers: { 'culture.1': 3 },
        notes: {},
        createdAt: 30,
        updatedAt: 40,
        completedAt: null,
      },
    ];
    const actionPlans = [
      {
        assessmentId: 'a1',
        goals: [
          {
            id: 'g1',
            sectionId: 'feedback',
            adviceId: null,
            what: 'Keep a complaint log',
            targetValue: 100,
            targetUnit: '% of complaints logged',
            owner: 'Ana',
            dueDate: '2030-06-30',
            status: 'planned',
            createdAt: 50,
            updatedAt: 50,
          },
        ],
        nextAuditDate: '2030-09-01',
        carriedOverFrom: null,
        updatedAt: 50,
      },
    ];
    const workshops = [{ id: 'w1', name: 'Evening class', createdAt: 60, updatedAt: 60 }];
    const participants = [
      {
        id: 'p1',
        workshopId: 'w1',
        fingerprint: 'result:0123456789abcdef',
        label: 'Team A',
        answers,
        source: 'link',
        addedAt: 70,
      },
    ];
    const settings = [{ key: 'reminder.dismissed', value: ['a1'] }];
    await v2.table('assessments').bulkAdd(assessments);
    await v2.table('actionPlans').bulkAdd(actionPlans);
    await v2.table('workshops').bulkAdd(workshops);
    await v2.table('participants').bulkAdd(participants);
    await v2.table('settings').bulkAdd(settings);
    v2.close();

    const current = new CentricityDB(name);
    await current.open();
    expect(current.verno).toBe(NEWEST_VERSION);
    expect(await current.assessments.orderBy('id').toArray()).toEqual(assessments);
    expect(await current.actionPlans.toArray()).toEqual(actionPlans);
    expect(await current.workshops.toArray()).toEqual(workshops);
    expect(await current.participants.toArray()).toEqual(participants);
    expect(await current.settings.toArray()).toEqual(settings);
    // Old indexes still answer; the compound unique index still refuses a duplicate.
    expect(await current.participants.where('workshopId').equals('w1').count()).toBe(1);
    await expect(
      current.participants.add({ ...participants[0]!, id: 'p2' } as never),
    ).rejects.toThrow();
    // The new tables start empty and take writes with their indexes.
    expect(await current.complaints.count()).toBe(0);
    expect(await current.customerSurveys.count()).toBe(0);
    expect(await current.problems.count()).toBe(0);
    await current.complaints.put({ id: 'c1', receivedAt: 5, updatedAt: 5 } as never);
    expect(await current.complaints.where('receivedAt').below(10).primaryKeys()).toEqual(['c1']);
    current.close();

    const reopened = new CentricityDB(name);
    await reopened.open();
    expect(await reopened.assessments.count()).toBe(2);
    expect(await reopened.complaints.count()).toBe(1);
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
      'complaints',
      'customerSurveys',
      'participants',
      'problems',
      'settings',
      'workshops',
    ]);
    fresh.close();
    await Dexie.delete(name);
  });
});
