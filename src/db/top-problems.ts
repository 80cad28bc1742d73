// Repository for the top-problems worksheet: candidate problems of a business (from
// the complaint log, customers, staff, suppliers and operational figures), their
// ratings, delete with undo, and sending the top three to the action plan in one step.
//
// Which plan the goals go to: action plans belong to an assessment, so the top three go
// to the plan of the business's LATEST assessment (by creation time, finished or not),
// found by the same-business rule (domain/business.ts: name and context). That is the audit the owner works from
// now, and a re-take of it will carry the goals over. When that assessment has no plan
// yet, the goals of its predecessor are carried over first (as opening the plan would
// do), so sending never cuts a re-take off from the earlier goals. The goals go under
// the feedback section: they come from what customers told the business.

import { useLiveQuery } from 'dexie-react-hooks';
import { actionPlanSchema, type ActionPlan, type Goal } from '../domain/action-plan';
import type { Assessment } from '../domain/assessment';
import { businessKey, businessLabel, sameBusiness, type BusinessFields } from '../domain/business';
import { categoryKey } from '../domain/complaints';
import type { SectionId } from '../domain/instrument';
import {
  candidatesFromLog,
  problemSchema,
  topProblems,
  type Problem,
  type ProblemSource,
} from '../domain/top-problems';
import { carryOverPlan } from './action-plans';
import { db } from './database';
import { newId } from './ids';
import { StorageError, toStorageError, validRecord } from './storage-errors';

/** The section goals from the worksheet are filed under. */
export const TOP_PROBLEM_SECTION: SectionId = 'feedback';

const validated = (problem: Problem): Problem => validRecord(problemSchema, problem);

async function problemsOf(business: BusinessFields): Promise<Problem[]> {
  return db.problems
    .orderBy('createdAt')
    .filter((problem) => sameBusiness(problem, business))
    .toArray();
}

export type NewProblem = {
  title: string;
  source: Exclude<ProblemSource, 'complaintLog'>;
  note: string;
};

/** Adds a problem named by customers, staff, suppliers or the figures; not yet rated. */
export async function addProblem(
  business: BusinessFields,
  input: NewProblem,
  now: number = Date.now(),
): Promise<string> {
  const problem = validated({
    id: newId(),
    ...businessLabel(business),
    title: input.title,
    source: input.source,
    categoryKey: null,
    frequency: null,
    cost: null,
    concrete: false,
    note: input.note,
    goal: null,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await db.transaction('rw', db.problems, () => db.problems.add(problem));
  } catch (error) {
    throw toStorageError(error);
  }
  return problem.id;
}

/**
 * Adds the complaint log's recent categories that are not on the worksheet yet, each
 * with a frequency suggested from its count. `titleOf` names a category key in the
 * user's language. Returns how many were added.
 */
export async function addProblemsFromLog(
  business: BusinessFields,
  titleOf: (categoryKey: string) => string,
  now: number = Date.now(),
): Promise<number> {
  try {
    return await db.transaction('rw', db.problems, db.complaints, async () => {
      const complaints = await db.complaints
        .filter((complaint) => sameBusiness(complaint, business))
        .toArray();
      const existing = await problemsOf(business);
      const candidates = candidatesFromLog(
        complaints.map((c) => ({ receivedAt: c.receivedAt, categoryKey: categoryKey(c) })),
        existing,
        now,
      );
      const records = candidates.map((candidate, index) =>
        validated({
          id: newId(),
          ...businessLabel(business),
          title: titleOf(candidate.categoryKey),
          source: 'complaintLog',
          categoryKey: candidate.categoryKey,
          frequency: candidate.frequency,
          cost: null,
          concrete: candidate.concrete,
          note: '',
          goal: null,
          // Keeps the log's order (most frequent first) among equal ratings.
          createdAt: now + index,
          updatedAt: now + index,
        }),
      );
      await db.problems.bulkAdd(records);
      return records.length;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export type ProblemChange = Partial<
  Pick<Problem, 'title' | 'note' | 'frequency' | 'cost' | 'concrete'>
>;

export async function updateProblem(
  id: string,
  change: ProblemChange,
  now: number = Date.now(),
): Promise<void> {
  try {
    await db.transaction('rw', db.problems, async () => {
      const current = await db.problems.get(id);
      if (!current) throw new StorageError('notFound', `No problem ${id}`);
      await db.problems.put(validated({ ...current, ...change, updatedAt: now }));
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function deleteProblem(id: string): Promise<Problem> {
  try {
    return await db.transaction('rw', db.problems, async () => {
      const problem = await db.problems.get(id);
      if (!problem) throw new StorageError('notFound', `No problem ${id}`);
      await db.problems.delete(id);
      return problem;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function restoreProblem(problem: Problem): Promise<void> {
  const record = validated(problem);
  try {
    await db.transaction('rw', db.problems, () => db.problems.put(record));
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * The business's latest assessment (by creation), which receives the worksheet's goals.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export async function planTargetOf(business: BusinessFields): Promise<Assessment | undefined> {
  const candidates = await db.assessments
    .filter((assessment) => sameBusiness(assessment, business))
    .toArray();
  return candidates.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id))[0];
}

export type GoalTemplate = {
  /** The goal's text for a problem, in the user's language. */
  what: (problem: Problem) => string;
  targetValue: number;
  targetUnit: string;
  owner: string;
  dueDate: string;
};

export type SentToPlan = {
  assessmentId: string;
  /** Problems that became goals now. */
  added: string[];
  /** Problems whose goal was already in that plan. */
  alreadyInPlan: string[];
};

/**
 * Turns the top three problems into goals in the plan of the business's latest
 * assessment, in one transaction: each problem remembers its goal, and a problem whose
 * goal is still in that plan is not added twice. Throws a StorageError 'notFound' when
 * the business has no assessment yet.
 */
export async function sendTopProblemsToPlan(
  business: BusinessFields,
  template: GoalTemplate,
  now: number = Date.now(),
): Promise<SentToPlan> {
  try {
    return await db.transaction('rw', db.assessments, db.actionPlans, db.problems, async () => {
      const target = await planTargetOf(business);
      if (!target) throw new StorageError('notFound', 'no assessment for this business');
      if (!(await db.actionPlans.get(target.id))) await carryOverPlan(target.id, now);
      const plan: ActionPlan = (await db.actionPlans.get(target.id)) ?? {
        assessmentId: target.id,
        goals: [],
        nextAuditDate: null,
        carriedOverFrom: null,
        updatedAt: now,
      };
      const top = topProblems(await problemsOf(business));
      const goalIds = new Set(plan.goals.map((goal) => goal.id));
      const result: SentToPlan = { assessmentId: target.id, added: [], alreadyInPlan: [] };
      const goals: Goal[] = [...plan.goals];
      const sent: Problem[] = [];
      for (const problem of top) {
        if (problem.goal?.assessmentId === target.id && goalIds.has(problem.goal.goalId)) {
          result.alreadyInPlan.push(problem.id);
          continue;
        }
        const goal: Goal = {
          id: newId(),
          sectionId: TOP_PROBLEM_SECTION,
          adviceId: null,
          what: template.what(problem),
          targetValue: template.targetValue,
          targetUnit: template.targetUnit,
          owner: template.owner,
          dueDate: template.dueDate,
          status: 'planned',
          createdAt: now,
          updatedAt: now,
        };
        goals.push(goal);
        sent.push(
          validated({
            ...problem,
            goal: { assessmentId: target.id, goalId: goal.id },
            updatedAt: now,
          }),
        );
        result.added.push(problem.id);
      }
      if (sent.length === 0) return result;
      const parsed = actionPlanSchema.safeParse({ ...plan, goals, updatedAt: now });
      if (!parsed.success) {
        throw new StorageError('invalid', parsed.error.issues.map((i) => i.message).join('; '));
      }
      await db.actionPlans.put(parsed.data);
      await db.problems.bulkPut(sent);
      return result;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** A business's worksheet (unranked, oldest first); undefined while loading. */
export function useProblems(business: BusinessFields | null | undefined): Problem[] | undefined {
  const key = business ? businessKey(business) : null;
  return useLiveQuery(
    async () => (business && key !== null ? problemsOf(business) : []),
    // The key stands for the business (see useComplaints).
    [key],
  );
}

/** The assessment the top three would go to, null if the business has none. */
export function usePlanTarget(
  business: BusinessFields | null | undefined,
): Assessment | null | undefined {
  const key = business ? businessKey(business) : null;
  return useLiveQuery(
    async () => (business && key !== null ? ((await planTargetOf(business)) ?? null) : null),
    [key],
  );
}
