import { beforeEach, describe, expect, it } from 'vitest';
import { emptyComplaintFields } from '../domain/complaints';
import { addGoal, removeGoal } from './action-plans';
import { createAssessment } from './assessments';
import { addComplaint } from './complaints';
import { db, openDatabase } from './database';
import {
  TOP_PROBLEM_SECTION,
  addProblem,
  addProblemsFromLog,
  deleteProblem,
  planTargetOf,
  restoreProblem,
  sendTopProblemsToPlan,
  updateProblem,
  type GoalTemplate,
} from './top-problems';

const DAY = 86_400_000;
const getActionPlan = (assessmentId: string) => db.actionPlans.get(assessmentId);
const biz = (businessName: string, context = '') => ({ businessName, context });
const NOW = new Date(2026, 5, 1, 12).getTime();

const TEMPLATE: GoalTemplate = {
  what: (problem) => `Fix: ${problem.title}`,
  targetValue: 0,
  targetUnit: 'times a month',
  owner: 'Ana',
  dueDate: '2026-09-01',
};

beforeEach(async () => {
  expect(await openDatabase()).toEqual({ mode: 'persistent' });
  await Promise.all(
    [db.complaints, db.problems, db.assessments, db.actionPlans].map((t) => t.clear()),
  );
});

async function logComplaint(
  business: string,
  category: 'lateDelivery' | 'wrongOrder' | 'other',
  daysAgo: number,
) {
  await addComplaint(
    biz(business),
    emptyComplaintFields(NOW - daysAgo * DAY, {
      summary: 'x',
      channel: 'phone',
      category,
      customCategory: '',
    }),
    NOW - daysAgo * DAY,
  );
}

async function rated(business: string, title: string, frequency: number, cost: number) {
  const id = await addProblem(biz(business), { title, source: 'staff', note: '' }, NOW);
  await updateProblem(id, { frequency, cost, concrete: true }, NOW);
  return id;
}

describe('worksheet', () => {
  it('takes the log’s recent categories once each, with a suggested frequency', async () => {
    for (let i = 0; i < 7; i++) await logComplaint('Corner Bakery', 'lateDelivery', i + 1);
    await logComplaint('Corner Bakery', 'wrongOrder', 3);
    await logComplaint('Corner Bakery', 'other', 200);
    await logComplaint('Harbour Café', 'other', 1);
    const titles = { lateDelivery: 'Late delivery', wrongOrder: 'Wrong order' };
    const titleOf = (key: string) => titles[key as keyof typeof titles] ?? key;

    expect(await addProblemsFromLog(biz('corner bakery'), titleOf, NOW)).toBe(2);
    const list = await db.problems.orderBy('createdAt').toArray();
    expect(list).toMatchObject([
      { title: 'Late delivery', source: 'complaintLog', categoryKey: 'lateDelivery', frequency: 3 },
      { title: 'Wrong order', source: 'complaintLog', categoryKey: 'wrongOrder', frequency: 1 },
    ]);
    expect(list.every((p) => p.businessName === 'corner bakery' && p.cost === null)).toBe(true);
    // Nothing new the second time.
    expect(await addProblemsFromLog(biz('Corner Bakery'), titleOf, NOW + 1)).toBe(0);
    expect(await db.problems.count()).toBe(2);
  });

  it('adds free entries unrated, edits ratings, deletes with undo, refuses bad ratings', async () => {
    const id = await addProblem(
      biz('Corner Bakery'),
      { title: 'Couriers cannot find the back door', source: 'suppliers', note: 'Driver said so' },
      NOW,
    );
    expect(await db.problems.get(id)).toMatchObject({
      frequency: null,
      cost: null,
      concrete: false,
      goal: null,
    });
    await updateProblem(id, { frequency: 4, cost: 2, concrete: true }, NOW + 1);
    await expect(updateProblem(id, { cost: 9 })).rejects.toMatchObject({ kind: 'invalid' });
    const stored = await db.problems.get(id);
    expect(stored).toMatchObject({ frequency: 4, cost: 2, concrete: true, updatedAt: NOW + 1 });
    const removed = await deleteProblem(id);
    expect(await db.problems.count()).toBe(0);
    await restoreProblem(removed);
    expect(await db.problems.get(id)).toEqual(stored);
  });
});

describe('top three → action plan', () => {
  it('says so when the business has no assessment yet, and changes nothing', async () => {
    await rated('Corner Bakery', 'Late bread', 5, 5);
    await expect(sendTopProblemsToPlan(biz('Corner Bakery'), TEMPLATE, NOW)).rejects.toMatchObject({
      kind: 'notFound',
    });
    expect(await db.actionPlans.count()).toBe(0);
    expect((await db.problems.toArray())[0]!.goal).toBeNull();
  });

  it('adds the top three to the latest assessment’s plan, once, and remembers each goal', async () => {
    const older = await createAssessment(
      { businessName: 'Corner Bakery', respondent: 'Ana', context: '' },
      'en',
      NOW - 100 * DAY,
    );
    const latest = await createAssessment(
      { businessName: 'corner bakery ', respondent: 'Ana', context: '' },
      'en',
      NOW - DAY,
    );
    await createAssessment(
      { businessName: 'Harbour Café', respondent: '', context: '' },
      'en',
      NOW,
    );
    expect((await planTargetOf(biz('Corner Bakery')))?.id).toBe(latest);
    expect(older).not.toBe(latest);

    const first = await rated('Corner Bakery', 'Late bread', 5, 4);
    const second = await rated('Corner Bakery', 'Wrong cakes', 3, 5);
    const third = await rated('Corner Bakery', 'Long queue', 4, 2);
    const fourth = await rated('Corner Bakery', 'Card reader', 1, 2);
    const vague = await rated('Corner Bakery', 'Unhappy people', 5, 5);
    await updateProblem(vague, { concrete: false });

    const sent = await sendTopProblemsToPlan(biz('Corner Bakery'), TEMPLATE, NOW);
    expect(sent).toEqual({
      assessmentId: latest,
      added: [first, second, third],
      alreadyInPlan: [],
    });
    const plan = await getActionPlan(latest);
    expect(plan?.goals.map((goal) => goal.what)).toEqual([
      'Fix: Late bread',
      'Fix: Wrong cakes',
      'Fix: Long queue',
    ]);
    expect(plan?.goals[0]).toMatchObject({
      sectionId: TOP_PROBLEM_SECTION,
      adviceId: null,
      targetValue: 0,
      targetUnit: 'times a month',
      owner: 'Ana',
      dueDate: '2026-09-01',
      status: 'planned',
    });
    expect((await db.problems.get(first))?.goal).toEqual({
      assessmentId: latest,
      goalId: plan!.goals[0]!.id,
    });
    expect((await db.problems.get(fourth))?.goal).toBeNull();
    expect(await getActionPlan(older)).toBeUndefined();

    // Sending again adds nothing; a goal removed from the plan is added again.
    expect(await sendTopProblemsToPlan(biz('Corner Bakery'), TEMPLATE, NOW + 1)).toEqual({
      assessmentId: latest,
      added: [],
      alreadyInPlan: [first, second, third],
    });
    await removeGoal(latest, plan!.goals[1]!.id, NOW + 2);
    const again = await sendTopProblemsToPlan(biz('Corner Bakery'), TEMPLATE, NOW + 3);
    expect(again.added).toEqual([second]);
    expect((await getActionPlan(latest))?.goals).toHaveLength(3);
  });

  it('carries the earlier audit’s goals over first when the latest one has no plan', async () => {
    const older = await createAssessment(
      { businessName: 'Corner Bakery', respondent: 'Ana', context: '' },
      'en',
      NOW - 100 * DAY,
    );
    await addGoal(older, {
      what: 'Answer the phone within three rings',
      targetValue: 90,
      targetUnit: '% of calls',
      owner: 'Ana',
      dueDate: '2026-07-01',
      status: 'inProgress',
      sectionId: 'accessibility',
      adviceId: null,
    });
    const latest = await createAssessment(
      { businessName: 'Corner Bakery', respondent: 'Ana', context: '' },
      'en',
      NOW - DAY,
    );
    await rated('Corner Bakery', 'Late bread', 5, 4);
    await sendTopProblemsToPlan(biz('Corner Bakery'), TEMPLATE, NOW);
    const plan = await getActionPlan(latest);
    expect(plan?.carriedOverFrom).toBe(older);
    expect(plan?.goals.map((goal) => [goal.what, goal.status])).toEqual([
      ['Answer the phone within three rings', 'inProgress'],
      ['Fix: Late bread', 'planned'],
    ]);
  });

  it('with nothing ranked yet, adds nothing and creates no plan', async () => {
    const id = await createAssessment(
      { businessName: 'Corner Bakery', respondent: '', context: '' },
      'en',
      NOW,
    );
    await addProblem(biz('Corner Bakery'), { title: 'Not rated', source: 'staff', note: '' }, NOW);
    expect(await sendTopProblemsToPlan(biz('Corner Bakery'), TEMPLATE, NOW)).toEqual({
      assessmentId: id,
      added: [],
      alreadyInPlan: [],
    });
    expect(await getActionPlan(id)).toBeUndefined();
  });
});
