import { beforeEach, describe, expect, it } from 'vitest';
import {
  addGoal,
  carryOverPlan,
  dueRetakeReminders,
  editGoal,
  removeGoal,
  setGoalStatus,
  setNextAuditDate,
  type NewGoal,
} from './action-plans';
import { createAssessment, createRetake } from './assessments';
import { db, openDatabase } from './database';
import { CentricityDB } from './schema';
import { StorageError } from './storage-errors';

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

beforeEach(async () => {
  expect(await openDatabase()).toEqual({ mode: 'persistent' });
  await db.assessments.clear();
  await db.actionPlans.clear();
});

const planOf = (assessmentId: string) => db.actionPlans.get(assessmentId);

function goal(what: string, overrides: Partial<NewGoal> = {}): NewGoal {
  return {
    what,
    targetValue: 90,
    targetUnit: '% of calls answered within 2 minutes',
    owner: 'Ana',
    dueDate: '2030-06-30',
    status: 'planned',
    sectionId: 'accessibility',
    adviceId: 'accessibility.responseTimes',
    ...overrides,
  };
}

const business = { businessName: 'Corner Bakery', respondent: 'Ana', context: 'Q1' };

describe('action plans', () => {
  it('adds goals, changes status, removes one and survives a reopen', async () => {
    const id = await createAssessment(business, 'en', T0 + 1_000);
    const first = await addGoal(id, goal('Answer calls faster'), T0 + 2_000);
    const second = await addGoal(
      id,
      goal('Keep a complaint log', { sectionId: 'feedback' }),
      T0 + 3_000,
    );
    await setGoalStatus(id, first, 'done', T0 + 4_000);
    await setNextAuditDate(id, '2030-09-01', T0 + 5_000);

    const reopened = new CentricityDB();
    const stored = await reopened.actionPlans.get(id);
    reopened.close();
    expect(stored).toMatchObject({
      assessmentId: id,
      nextAuditDate: '2030-09-01',
      updatedAt: T0 + 5_000,
      goals: [
        {
          id: first,
          what: 'Answer calls faster',
          status: 'done',
          createdAt: T0 + 2_000,
          updatedAt: T0 + 4_000,
        },
        { id: second, what: 'Keep a complaint log', status: 'planned', sectionId: 'feedback' },
      ],
    });

    await removeGoal(id, first, T0 + 6_000);
    expect((await planOf(id))?.goals.map((g) => g.id)).toEqual([second]);
  });

  it('rejects invalid goals and unknown assessments without writing', async () => {
    const id = await createAssessment(business, 'en', T0 + 1_000);
    await expect(addGoal(id, goal(''), T0 + 2_000)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      addGoal(id, goal('x', { dueDate: '2030-02-30x' }), T0 + 2_000),
    ).rejects.toBeInstanceOf(StorageError);
    await expect(addGoal('nope', goal('x'), T0 + 2_000)).rejects.toMatchObject({
      kind: 'notFound',
    });
    await expect(setGoalStatus(id, 'no-goal', 'done')).rejects.toMatchObject({ kind: 'notFound' });
    expect(await db.actionPlans.count()).toBe(0);
  });

  it('edits a goal in place, keeping its id, status, advice and creation time', async () => {
    const id = await createAssessment(business, 'en', T0 + 1_000);
    const first = await addGoal(id, goal('Answer calls faster'), T0 + 2_000);
    const second = await addGoal(id, goal('Keep a complaint log', { adviceId: null }), T0 + 2_100);
    await setGoalStatus(id, first, 'inProgress', T0 + 3_000);

    await editGoal(
      id,
      first,
      {
        what: 'Answer calls within a minute',
        targetValue: 2.5,
        targetUnit: 'minutes on average',
        owner: 'Ben',
        dueDate: '2030-08-01',
        sectionId: 'culture',
      },
      '2030-05-15',
      T0 + 4_000,
    );
    const reopened = new CentricityDB();
    const stored = await reopened.actionPlans.get(id);
    reopened.close();
    expect(stored?.goals).toEqual([
      {
        ...goal('Answer calls within a minute'),
        id: first,
        targetValue: 2.5,
        targetUnit: 'minutes on average',
        owner: 'Ben',
        dueDate: '2030-08-01',
        // A goal made from advice stays in the advice's section.
        sectionId: 'accessibility',
        status: 'inProgress',
        createdAt: T0 + 2_000,
        updatedAt: T0 + 4_000,
      },
      expect.objectContaining({ id: second, what: 'Keep a complaint log', updatedAt: T0 + 2_100 }),
    ]);

    // A goal of the user's own may change section.
    await editGoal(
      id,
      second,
      { ...goal('Keep a complaint log'), sectionId: 'feedback' },
      '2030-05-15',
      T0 + 5_000,
    );
    expect((await planOf(id))?.goals[1]).toMatchObject({
      id: second,
      sectionId: 'feedback',
    });
  });

  it('lets an overdue goal keep its date but refuses another past date, writing nothing', async () => {
    const id = await createAssessment(business, 'en', T0 + 1_000);
    const overdue = await addGoal(
      id,
      goal('Answer calls faster', { dueDate: '2030-04-01' }),
      T0 + 2_000,
    );
    const before = await planOf(id);

    await expect(
      editGoal(
        id,
        overdue,
        { ...goal('Reworded'), dueDate: '2030-04-02' },
        '2030-05-15',
        T0 + 3_000,
      ),
    ).rejects.toMatchObject({ kind: 'invalid', message: 'dueDatePast' });
    await expect(
      editGoal(id, overdue, { ...goal(''), dueDate: '2030-04-01' }, '2030-05-15', T0 + 3_000),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      editGoal(id, 'no-goal', goal('x'), '2030-05-15', T0 + 3_000),
    ).rejects.toMatchObject({
      kind: 'notFound',
    });
    expect(await planOf(id)).toEqual(before);

    await editGoal(
      id,
      overdue,
      { ...goal('Reworded'), dueDate: '2030-04-01' },
      '2030-05-15',
      T0 + 4_000,
    );
    expect((await planOf(id))?.goals[0]).toMatchObject({
      what: 'Reworded',
      dueDate: '2030-04-01',
      updatedAt: T0 + 4_000,
    });
    await editGoal(
      id,
      overdue,
      { ...goal('Reworded'), dueDate: '2030-05-15' },
      '2030-05-15',
      T0 + 5_000,
    );
    expect((await planOf(id))?.goals[0]?.dueDate).toBe('2030-05-15');
  });

  it('carries the latest earlier plan over to a re-take once, with status', async () => {
    const oldest = await createAssessment(business, 'en', T0 + 1_000);
    await addGoal(oldest, goal('Oldest goal'), T0 + 1_100);
    const previous = await createAssessment(
      { ...business, businessName: ' corner bakery ' },
      'en',
      T0 + 2_000,
    );
    const done = await addGoal(previous, goal('Answer calls faster'), T0 + 2_100);
    await addGoal(previous, goal('Keep a complaint log'), T0 + 2_200);
    await setGoalStatus(previous, done, 'done', T0 + 2_300);
    await setNextAuditDate(previous, '2030-01-01', T0 + 2_400);
    // Another business and an unrelated context are never the source.
    const other = await createAssessment({ ...business, businessName: 'Other' }, 'en', T0 + 2_500);
    await addGoal(other, goal('Not ours'), T0 + 2_600);

    const retake = await createRetake(previous, 'en', T0 + 3_000);
    expect(await carryOverPlan(retake, T0 + 3_100)).toBe(previous);
    const plan = await planOf(retake);
    expect(plan?.carriedOverFrom).toBe(previous);
    expect(plan?.nextAuditDate).toBeNull();
    expect(plan?.goals.map((g) => [g.what, g.status])).toEqual([
      ['Answer calls faster', 'done'],
      ['Keep a complaint log', 'planned'],
    ]);

    // Once only: removing the copied goals does not bring them back.
    for (const copied of plan?.goals ?? []) await removeGoal(retake, copied.id, T0 + 3_200);
    expect(await carryOverPlan(retake, T0 + 3_300)).toBeNull();
    expect((await planOf(retake))?.goals).toEqual([]);
    // The source plan is untouched.
    expect((await planOf(previous))?.goals).toHaveLength(2);
  });

  it('copies nothing for a first audit, another context or an unnamed audit', async () => {
    const first = await createAssessment(business, 'en', T0 + 1_000);
    expect(await carryOverPlan(first, T0 + 1_100)).toBeNull();
    await addGoal(first, goal('A goal'), T0 + 1_200);
    const otherContext = await createAssessment({ ...business, context: 'Q2' }, 'en', T0 + 2_000);
    expect(await carryOverPlan(otherContext, T0 + 2_100)).toBeNull();
    const unnamed = await createAssessment(
      { businessName: '', respondent: '', context: '' },
      'en',
      T0 + 3_000,
    );
    await addGoal(unnamed, goal('Unnamed goal'), T0 + 3_100);
    const unnamedLater = await createAssessment(
      { businessName: '', respondent: 'x', context: '' },
      'en',
      T0 + 4_000,
    );
    expect(await carryOverPlan(unnamedLater, T0 + 4_100)).toBeNull();
    expect(await planOf(otherContext)).toBeUndefined();
  });

  it('reminds about due re-takes until the business is audited again', async () => {
    const due = await createAssessment(business, 'en', T0 + 1_000);
    await setNextAuditDate(due, '2030-03-01', T0 + 1_100);
    const later = await createAssessment({ ...business, businessName: 'Later' }, 'en', T0 + 1_200);
    await setNextAuditDate(later, '2030-05-01', T0 + 1_300);

    expect(await dueRetakeReminders('2030-02-28')).toEqual([]);
    expect(await dueRetakeReminders('2030-03-01')).toEqual([
      {
        assessmentId: due,
        businessName: 'Corner Bakery',
        context: 'Q1',
        nextAuditDate: '2030-03-01',
      },
    ]);
    expect((await dueRetakeReminders('2030-06-01')).map((r) => r.assessmentId)).toEqual([
      due,
      later,
    ]);

    await createRetake(due, 'en', T0 + 2_000);
    expect((await dueRetakeReminders('2030-06-01')).map((r) => r.assessmentId)).toEqual([later]);
  });
});
