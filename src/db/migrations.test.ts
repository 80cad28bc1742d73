// For every schema version: write data with the previous version's definition, open it
// with the current code, and check that every record survived.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../domain/instrument';
import { CentricityDB, VERSION_1_STORES } from './schema';

// The newest schema version: 6 (issue 16: participants stored in blocks). Adding a version
// changes this number and needs a migration test that opens the version before.
const NEWEST_VERSION = 6;

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

/** Versions 1 and 2 exactly as they shipped (pinned here, so a later edit of schema.ts cannot
 * make a migration test write with a different definition). */
function pinVersion2(old: Dexie): void {
  old.version(1).stores(VERSION_1_STORES);
  old.version(2).stores({
    actionPlans: 'assessmentId',
    workshops: 'id, createdAt',
    participants: 'id, workshopId, &[workshopId+fingerprint]',
    settings: 'key',
  });
}

/** Every participant a database holds, however its blocks cut them. */
async function storedParticipants(current: CentricityDB) {
  return (await current.participantBlocks.toArray()).flatMap((block) => block.participants);
}

/** Versions 1 to 3 exactly as they shipped (3 added the complaint log's tables). */
function pinVersion3(old: Dexie): void {
  pinVersion2(old);
  old.version(3).stores({
    complaints: 'id, receivedAt, updatedAt',
    customerSurveys: 'id, date',
    problems: 'id, createdAt',
  });
}

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
    pinVersion2(v2);
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
    const participant = (await storedParticipants(current)).find((p) => p.id === 'p')!;
    expect(participant).toMatchObject({
      label: 'Ana',
      answers: full,
      fingerprint: 'answers:3333333333333333333333333',
    });
    expect(participant.addedAt).toBeGreaterThanOrEqual(before);
    current.close();
    await Dexie.delete(name);
  });

  it('v2 → newest keeps every record of every table and adds the complaint tables', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    // Version 2 exactly as it shipped (pinned here, so a later edit of schema.ts cannot
    // make this test write with a different definition).
    const v2 = new Dexie(name);
    pinVersion2(v2);
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
        createdAt: T0 + 10,
        updatedAt: T0 + 20,
        completedAt: T0 + 20,
      },
      {
        id: 'a2',
        businessName: 'کافه',
        respondent: '',
        context: 'MBA',
        locale: 'fa',
        answers: { 'culture.1': 3 },
        notes: {},
        createdAt: T0 + 30,
        updatedAt: T0 + 40,
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
            createdAt: T0 + 50,
            updatedAt: T0 + 50,
          },
        ],
        nextAuditDate: '2030-09-01',
        carriedOverFrom: null,
        updatedAt: T0 + 50,
      },
    ];
    const workshops = [{ id: 'w1', name: 'Evening class', createdAt: T0 + 60, updatedAt: T0 + 60 }];
    const participants = [
      {
        id: 'p1',
        workshopId: 'w1',
        fingerprint: 'result:0123456789abcdef',
        label: 'Team A',
        answers,
        source: 'link',
        addedAt: T0 + 70,
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
    expect(await storedParticipants(current)).toEqual(participants);
    expect(await current.settings.toArray()).toEqual(settings);
    // Version 6 moved the participants into blocks and deleted their old table.
    expect(current.tables.map((table) => table.name)).not.toContain('participants');
    expect(await current.participantBlocks.where('workshopId').equals('w1').count()).toBe(1);
    // The new tables start empty and take writes with their indexes.
    expect(await current.complaints.count()).toBe(0);
    expect(await current.customerSurveys.count()).toBe(0);
    expect(await current.problems.count()).toBe(0);
    await current.complaints.put({ id: 'c1', receivedAt: T0 + 5, updatedAt: T0 + 5 } as never);
    expect(
      await current.complaints
        .where('receivedAt')
        .below(T0 + 10)
        .primaryKeys(),
    ).toEqual(['c1']);
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
      'participantBlocks',
      'policies',
      'policyVersions',
      'problems',
      'settings',
      'workshops',
    ]);
    fresh.close();
    await Dexie.delete(name);
  });

  it('v2 → newest (through v4) keeps every record of every table and adds empty policy tables', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    // Version 2 exactly as it was released (schema.ts, versions 1 and 2).
    const v2 = new Dexie(name);
    pinVersion2(v2);
    const assessment = {
      id: 'a1',
      businessName: 'Corner Bakery',
      respondent: 'Ana',
      context: 'BUS 210',
      locale: 'en',
      answers: { 'culture.1': 4, 'staff.5': 2 },
      notes: { culture: 'Owner sets the tone.' },
      createdAt: T0 + 1,
      updatedAt: T0 + 2,
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
          createdAt: T0 + 3,
          updatedAt: T0 + 3,
        },
      ],
      nextAuditDate: '2030-03-01',
      updatedAt: T0 + 3,
    };
    const workshop = { id: 'w1', name: 'Evening class', createdAt: T0 + 4, updatedAt: T0 + 4 };
    const participant = {
      id: 'p1',
      workshopId: 'w1',
      fingerprint: 'answers:1234',
      label: 'Seat 4',
      answers: {},
      source: 'file',
      addedAt: T0 + 5,
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
    expect(await storedParticipants(current)).toEqual([participant]);
    expect(await current.settings.toArray()).toEqual([setting]);
    // The participant's block is found by its workshop, and counted from index keys.
    expect(
      await current.participantBlocks.where('[workshopId+size]').equals(['w1', 1]).count(),
    ).toBe(1);
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

  it('v3 → newest (through v4) keeps the complaint log and adds empty policy tables', async () => {
    const name = `migration-v3-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    pinVersion3(v3);
    const complaint = { id: 'c1', businessName: 'Corner Bakery', receivedAt: 5, updatedAt: 6 };
    const survey = { id: 's1', date: '2026-11-01' };
    const problem = { id: 'pr1', createdAt: 7 };
    await v3.table('complaints').add(complaint);
    await v3.table('customerSurveys').add(survey);
    await v3.table('problems').add(problem);
    v3.close();

    const current = new CentricityDB(name);
    await current.open();
    expect(current.verno).toBe(NEWEST_VERSION);
    expect(await current.table('complaints').toArray()).toEqual([complaint]);
    expect(await current.table('customerSurveys').toArray()).toEqual([survey]);
    expect(await current.table('problems').toArray()).toEqual([problem]);
    expect(await current.complaints.where('receivedAt').below(10).primaryKeys()).toEqual(['c1']);
    expect(await current.policies.count()).toBe(0);
    expect(await current.policyVersions.count()).toBe(0);
    current.close();
    await Dexie.delete(name);
  });

  it('v5 → v6 moves every participant into blocks of at most 500, in the order added', async () => {
    const name = `migration-v5-${crypto.randomUUID()}`;
    // Version 5's tables exactly as they shipped (pinned like version 2 above).
    const v5 = new Dexie(name);
    pinVersion3(v5);
    v5.version(4).stores({
      policies: 'id, updatedAt',
      policyVersions: 'id, policyId, &[policyId+number]',
    });
    v5.version(5).stores({});
    const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 3]));
    // 1,201 in one workshop (three blocks: 500, 500, 201), 2 in another; stored in an
    // order unlike the order they were added.
    const participant = (workshopId: string, index: number) => ({
      id: `${workshopId}-${String(10_000 - index).padStart(5, '0')}`,
      workshopId,
      fingerprint: `f:${index}`,
      label: `Seat ${index + 1}`,
      answers,
      source: 'file',
      addedAt: T0 + index,
    });
    const big = Array.from({ length: 1201 }, (_, index) => participant('w-big', index));
    const small = [participant('w-small', 1), participant('w-small', 0)];
    await v5.table('workshops').bulkAdd([
      { id: 'w-big', name: 'Big', createdAt: T0, updatedAt: T0 },
      { id: 'w-small', name: 'Small', createdAt: T0, updatedAt: T0 },
    ]);
    await v5.table('participants').bulkAdd([...big, ...small]);
    v5.close();

    const current = new CentricityDB(name);
    await current.open();
    expect(current.verno).toBe(NEWEST_VERSION);
    expect(current.tables.map((table) => table.name)).not.toContain('participants');
    const blocks = await current.participantBlocks.where('workshopId').equals('w-big').toArray();
    expect(blocks.map((block) => block.size).sort((a, b) => a - b)).toEqual([201, 500, 500]);
    for (const block of blocks) expect(block.participants).toHaveLength(block.size);
    const moved = blocks
      .sort((a, b) => a.participants[0]!.addedAt - b.participants[0]!.addedAt)
      .flatMap((block) => block.participants);
    expect(moved).toEqual(big);
    const smallBlocks = await current.participantBlocks
      .where('workshopId')
      .equals('w-small')
      .toArray();
    expect(smallBlocks.map((block) => block.participants)).toEqual([[small[1], small[0]]]);
    current.close();
    await Dexie.delete(name);
  });
});
