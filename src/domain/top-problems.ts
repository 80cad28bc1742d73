// The top three problems worksheet (issue 17; seed 003 part 1, step 5): put together
// what customers, staff, suppliers and the operational figures say, rate each problem
// for how often it happens and what it costs, keep only the ones concrete enough to act
// on ("my order was wrong", not "I was not happy"), and rank them. The first three go
// into the action plan.

import { z } from 'zod/mini';
import { businessFields, lineField, multilineField, timestampField } from './complaints';
import { recordIdSchema } from './fields';
import { DAY_MS } from './timestamps';

export const PROBLEM_SOURCES = [
  'complaintLog',
  'customers',
  'staff',
  'suppliers',
  'operations',
] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

/** 1 = less than once a month … 5 = every day or nearly. */
export const FREQUENCY_LEVELS = [1, 2, 3, 4, 5] as const;
/** 1 = costs little … 5 = costs customers or a lot of money. */
export const COST_LEVELS = [1, 2, 3, 4, 5] as const;
const TOP_COUNT = 3;
export const MAX_PROBLEM_TITLE = 300;
export const MAX_PROBLEM_NOTE = 1000;

const level = z.int().check(z.gte(1), z.lte(5));

export const problemSchema = z
  .object({
    id: recordIdSchema,
    ...businessFields,
    title: lineField(MAX_PROBLEM_TITLE, 1),
    source: z.enum(PROBLEM_SOURCES),
    /** For problems taken from the log: the category key they stand for (one each). */
    categoryKey: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
    frequency: z.nullable(level),
    cost: z.nullable(level),
    /** Concrete enough to act on, in the owner's judgement. */
    concrete: z.boolean(),
    note: multilineField(MAX_PROBLEM_NOTE),
    /** Set once the problem was sent to an action plan as a goal. */
    goal: z.nullable(z.object({ assessmentId: recordIdSchema, goalId: recordIdSchema })),
    createdAt: timestampField,
    updatedAt: timestampField,
  })
  .check(
    z.superRefine((problem, refinement) => {
      if ((problem.source === 'complaintLog') !== (problem.categoryKey !== null))
        refinement.addIssue({
          code: 'custom',
          path: ['categoryKey'],
          message: 'set exactly for problems taken from the complaint log',
        });
      if (problem.updatedAt < problem.createdAt)
        refinement.addIssue({
          code: 'custom',
          path: ['updatedAt'],
          message: 'earlier than createdAt',
        });
    }),
  );
export type Problem = z.output<typeof problemSchema>;
export type ProblemRating = Pick<Problem, 'frequency' | 'cost' | 'concrete'>;

/** Frequency × cost (1–25), or null until both are rated. */
export function problemScore(problem: Pick<Problem, 'frequency' | 'cost'>): number | null {
  return problem.frequency === null || problem.cost === null
    ? null
    : problem.frequency * problem.cost;
}

/** Ready to rank: rated on both scales and concrete enough to act on. */
export function isRankable(problem: ProblemRating): boolean {
  return problem.concrete && problemScore(problem) !== null;
}

/**
 * The worksheet in rank order: rankable problems by score (then how often, then cost,
 * then the older entry first), followed by those rated but too vague to act on, then
 * those not yet rated.
 */
export function rankProblems<T extends Problem>(problems: readonly T[]): T[] {
  const group = (problem: T) => (isRankable(problem) ? 0 : problemScore(problem) !== null ? 1 : 2);
  return [...problems].sort(
    (a, b) =>
      group(a) - group(b) ||
      (problemScore(b) ?? 0) - (problemScore(a) ?? 0) ||
      (b.frequency ?? 0) - (a.frequency ?? 0) ||
      (b.cost ?? 0) - (a.cost ?? 0) ||
      a.createdAt - b.createdAt ||
      a.id.localeCompare(b.id),
  );
}

/** The first three rankable problems (fewer when fewer are ready). */
export function topProblems<T extends Problem>(problems: readonly T[]): T[] {
  return rankProblems(problems).filter(isRankable).slice(0, TOP_COUNT);
}

/**
 * A frequency level suggested from how many complaints of a kind came in over
 * `windowDays` days: under one a month → 1, one a month → 2, a few a month → 3, about
 * weekly → 4, more than three a week → 5.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function suggestedFrequency(count: number, windowDays: number): number {
  const perMonth = windowDays > 0 ? (count * 30) / windowDays : 0;
  if (perMonth < 1) return 1;
  if (perMonth < 2) return 2;
  if (perMonth < 4) return 3;
  if (perMonth < 13) return 4;
  return 5;
}

export type LogCandidate = {
  categoryKey: string;
  /** Complaints of this category in the window. */
  count: number;
  frequency: number;
  /** Built-in categories name a concrete problem; "other" and the owner's own are checked by the owner. */
  concrete: boolean;
};

/**
 * Problems the log suggests: each category with complaints received in the last
 * `windowDays` days up to `now` that is not on the worksheet yet, most frequent first.
 */
export function candidatesFromLog(
  complaints: readonly { receivedAt: number; categoryKey: string }[],
  existing: readonly Pick<Problem, 'categoryKey'>[],
  now: number,
  windowDays = 90,
): LogCandidate[] {
  const since = now - windowDays * DAY_MS;
  const taken = new Set(existing.map((problem) => problem.categoryKey));
  const counts = new Map<string, number>();
  for (const complaint of complaints) {
    if (complaint.receivedAt <= since || complaint.receivedAt > now) continue;
    if (taken.has(complaint.categoryKey)) continue;
    counts.set(complaint.categoryKey, (counts.get(complaint.categoryKey) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([categoryKey, count]) => ({
      categoryKey,
      count,
      frequency: suggestedFrequency(count, windowDays),
      concrete: !categoryKey.startsWith('custom:') && categoryKey !== 'other',
    }));
}
