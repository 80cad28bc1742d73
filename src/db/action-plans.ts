// Repository for action plans (one per assessment, pk assessmentId): every write goes
// through here, validated and in a transaction. Goals are carried over to a re-take of
// the same business. Components read through useActionPlan.

import { useLiveQuery } from 'dexie-react-hooks';
import {
  actionPlanSchema,
  dueDateAllowed,
  type ActionPlan,
  type Goal,
  type GoalDraft,
  type GoalStatus,
} from '../domain/action-plan';
import { isoDate } from '../domain/calendar-date';
import type { SectionId } from '../domain/instrument';
import {
  carryOverCandidates,
  dueRetakeReminders as remindersDue,
  type RetakeReminder,
} from '../domain/retake';
import { db } from './database';
import { newId } from './ids';
import { StorageError, toStorageError } from './storage-errors';

function emptyPlan(assessmentId: string, now: number): ActionPlan {
  return { assessmentId, goals: [], nextAuditDate: null, carriedOverFrom: null, updatedAt: now };
}

/** Reads, changes and validates one plan in a single transaction. */
async function changePlan(
  assessmentId: string,
  now: number,
  change: (plan: ActionPlan) => ActionPlan,
): Promise<ActionPlan> {
  try {
    return await db.transaction('rw', db.assessments, db.actionPlans, async () => {
      if (!(await db.assessments.get(assessmentId))) {
        throw new StorageError('notFound', `No assessment ${assessmentId}`);
      }
      const current = (await db.actionPlans.get(assessmentId)) ?? emptyPlan(assessmentId, now);
      const parsed = actionPlanSchema.safeParse({ ...change(current), updatedAt: now });
      if (!parsed.success) {
        throw new StorageError('invalid', parsed.error.issues.map((i) => i.message).join('; '));
      }
      await db.actionPlans.put(parsed.data);
      return parsed.data;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export type NewGoal = GoalDraft & { sectionId: SectionId; adviceId: string | null };

export async function addGoal(
  assessmentId: string,
  goal: NewGoal,
  now: number = Date.now(),
): Promise<string> {
  const id = newId();
  const stored: Goal = { ...goal, id, createdAt: now, updatedAt: now };
  await changePlan(assessmentId, now, (plan) => ({ ...plan, goals: [...plan.goals, stored] }));
  return id;
}

function changeGoal(
  assessmentId: string,
  goalId: string,
  now: number,
  change: (goal: Goal) => Goal | null,
): Promise<ActionPlan> {
  return changePlan(assessmentId, now, (plan) => {
    if (!plan.goals.some((goal) => goal.id === goalId)) {
      throw new StorageError('notFound', `No goal ${goalId}`);
    }
    const goals = plan.goals.flatMap((goal) => {
      if (goal.id !== goalId) return [goal];
      const changed = change(goal);
      return changed ? [{ ...changed, updatedAt: now }] : [];
    });
    return { ...plan, goals };
  });
}

export async function setGoalStatus(
  assessmentId: string,
  goalId: string,
  status: GoalStatus,
  now: number = Date.now(),
): Promise<void> {
  await changeGoal(assessmentId, goalId, now, (goal) => ({ ...goal, status }));
}

export async function removeGoal(
  assessmentId: string,
  goalId: string,
  now: number = Date.now(),
): Promise<void> {
  await changeGoal(assessmentId, goalId, now, () => null);
}

/** What an edit may change: the goal's id, status, advice and dates stay as they are. */
export type GoalEdit = Pick<Goal, 'what' | 'targetValue' | 'targetUnit' | 'owner' | 'dueDate'> & {
  /** Only goals not made from an advice item may move to another section. */
  sectionId?: SectionId;
};

/**
 * Changes a saved goal's text, target, owner and due date in one validated transaction,
 * keeping its id, status and creation time. A due date before `today` is refused unless
 * it is the goal's current date kept unchanged (an overdue goal can still be reworded).
 */
export async function editGoal(
  assessmentId: string,
  goalId: string,
  edit: GoalEdit,
  today: string = isoDate(new Date()),
  now: number = Date.now(),
): Promise<void> {
  await changeGoal(assessmentId, goalId, now, (goal) => {
    if (!dueDateAllowed(edit.dueDate, today, goal.dueDate)) {
      throw new StorageError('invalid', 'dueDatePast');
    }
    const sectionId = goal.adviceId === null ? (edit.sectionId ?? goal.sectionId) : goal.sectionId;
    return {
      ...goal,
      what: edit.what,
      targetValue: edit.targetValue,
      targetUnit: edit.targetUnit,
      owner: edit.owner,
      dueDate: edit.dueDate,
      sectionId,
    };
  });
}

/** Sets (or clears, with null) the date of the next audit, shown as a reminder on Home. */
export async function setNextAuditDate(
  assessmentId: string,
  date: string | null,
  now: number = Date.now(),
): Promise<void> {
  await changePlan(assessmentId, now, (plan) => ({ ...plan, nextAuditDate: date }));
}

/**
 * When an assessment has no plan yet, copies the goals (with their status) from the
 * most recent earlier assessment of the same business (domain/business.ts) that has a
 * plan with goals. Runs once: afterwards the assessment has its own plan. Returns the
 * id of the assessment the goals came from, or null when nothing was copied.
 */
export async function carryOverPlan(
  assessmentId: string,
  now: number = Date.now(),
): Promise<string | null> {
  try {
    return await db.transaction('rw', db.assessments, db.actionPlans, async () => {
      if (await db.actionPlans.get(assessmentId)) return null;
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) throw new StorageError('notFound', `No assessment ${assessmentId}`);
      const earlier = carryOverCandidates(assessment, await db.assessments.toArray());
      for (const candidate of earlier) {
        const plan = await db.actionPlans.get(candidate.id);
        if (!plan || plan.goals.length === 0) continue;
        const copy = actionPlanSchema.safeParse({
          assessmentId,
          goals: plan.goals,
          nextAuditDate: null,
          carriedOverFrom: candidate.id,
          updatedAt: now,
        });
        if (!copy.success) throw new StorageError('invalid', 'the earlier plan is not valid');
        await db.actionPlans.add(copy.data);
        return candidate.id;
      }
      return null;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Reminders due on `today` (an ISO date); the rule is dueRetakeReminders in the domain. */
export async function dueRetakeReminders(today: string): Promise<RetakeReminder[]> {
  const plans = await db.actionPlans
    .filter((plan) => plan.nextAuditDate !== null && plan.nextAuditDate <= today)
    .toArray();
  if (plans.length === 0) return [];
  return remindersDue(plans, await db.assessments.toArray(), today);
}

/** The plan, null when the assessment has none yet, undefined while loading. */
export function useActionPlan(assessmentId: string | undefined): ActionPlan | null | undefined {
  return useLiveQuery(
    async () => (assessmentId ? ((await db.actionPlans.get(assessmentId)) ?? null) : null),
    [assessmentId],
  );
}
