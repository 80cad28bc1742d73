// An action plan: goals chosen after an audit, each measurable, owned and dated
// (seed 000: standards must be measurable, specific and time-bound, e.g. "90 % of calls
// answered within two minutes"). SPEC §4, issue 8. Dates are ISO calendar dates
// (YYYY-MM-DD) in the user's local time zone.

import { z } from 'zod';
import { isRealDate } from './calendar-date';
import { SECTION_IDS } from './instrument';
import { parseLocaleNumber } from './locale-number';

export const GOAL_STATUSES = ['planned', 'inProgress', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

const MAX_GOAL_WHAT = 500;
const MAX_TARGET_UNIT = 100;
const MAX_OWNER = 120;
const MAX_GOALS = 200;

const goalSchema = z.object({
  id: z.string().min(1).max(100),
  sectionId: z.enum(SECTION_IDS),
  adviceId: z.string().max(100).nullable(),
  what: z.string().min(1).max(MAX_GOAL_WHAT),
  targetValue: z.number().finite(),
  targetUnit: z.string().min(1).max(MAX_TARGET_UNIT),
  owner: z.string().max(MAX_OWNER),
  dueDate: z.iso.date(),
  status: z.enum(GOAL_STATUSES),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Goal = z.infer<typeof goalSchema>;

export const actionPlanSchema = z.object({
  assessmentId: z.string().min(1).max(100),
  goals: z.array(goalSchema).max(MAX_GOALS),
  /** In-app reminder for the next audit (ISO date), or null. */
  nextAuditDate: z.iso.date().nullable(),
  /** The earlier assessment of the same business whose goals were copied into this plan. */
  carriedOverFrom: z.string().min(1).max(100).nullable().optional(),
  updatedAt: z.number().int().nonnegative(),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** A goal's due date unless the person picks another: about one quarter ahead. */
export const DEFAULT_GOAL_DAYS = 90;

/**
 * Reasons a goal form is rejected. Each is a key under "form.errors" in the plan
 * namespace, so the message is shown in the user's language.
 */
const GOAL_FORM_ERRORS = [
  'whatMissing',
  'whatTooLong',
  'targetValueMissing',
  'targetValueNotNumber',
  'targetUnitMissing',
  'targetUnitTooLong',
  'ownerTooLong',
  'dueDateMissing',
  'dueDateInvalid',
  'dueDatePast',
  'dueDatePastChanged',
] as const;
export type GoalFormError = (typeof GOAL_FORM_ERRORS)[number];

export type GoalFormOptions = {
  /** The language the target number is typed in ("2,5" in Slovak, "۲٫۵" in Persian). */
  language?: string;
  /**
   * When editing a saved goal: its current due date, which may be kept even after it
   * has passed; any other date must still be today or later.
   */
  currentDueDate?: string;
};

/**
 * What a person types for one goal (all strings, as form fields give them), checked
 * against `today`: a goal needs a measurable target (a number in the user's language and
 * what it counts) and a due date that is not in the past; the owner may be left empty.
 */
export function goalFormSchema(today: string, options: GoalFormOptions = {}) {
  const { language = 'en', currentDueDate } = options;
  const keepsPastDate = currentDueDate !== undefined && currentDueDate < today;
  return z.object({
    what: z
      .string()
      .trim()
      .min(1, { error: 'whatMissing' satisfies GoalFormError })
      .max(MAX_GOAL_WHAT, { error: 'whatTooLong' satisfies GoalFormError }),
    targetValue: z
      .string()
      .trim()
      .min(1, { error: 'targetValueMissing' satisfies GoalFormError, abort: true })
      .transform((value, context) => {
        const parsed = parseLocaleNumber(value, language);
        if (parsed === null) {
          context.addIssue({
            code: 'custom',
            message: 'targetValueNotNumber' satisfies GoalFormError,
          });
          return z.NEVER;
        }
        return parsed;
      }),
    targetUnit: z
      .string()
      .trim()
      .min(1, { error: 'targetUnitMissing' satisfies GoalFormError })
      .max(MAX_TARGET_UNIT, { error: 'targetUnitTooLong' satisfies GoalFormError }),
    // Optional: in a one-person business the owner is obvious.
    owner: z
      .string()
      .trim()
      .max(MAX_OWNER, { error: 'ownerTooLong' satisfies GoalFormError }),
    dueDate: z
      .string()
      .min(1, { error: 'dueDateMissing' satisfies GoalFormError, abort: true })
      .refine(isRealDate, { error: 'dueDateInvalid' satisfies GoalFormError, abort: true })
      .refine((value) => dueDateAllowed(value, today, currentDueDate), {
        error: (keepsPastDate ? 'dueDatePastChanged' : 'dueDatePast') satisfies GoalFormError,
      }),
    status: z.enum(GOAL_STATUSES),
  });
}
export type GoalDraft = z.output<ReturnType<typeof goalFormSchema>>;

/**
 * The due-date rule on its own, for writes: a date before `today` is refused unless it
 * is the goal's current date being kept unchanged.
 */
export function dueDateAllowed(dueDate: string, today: string, currentDueDate?: string): boolean {
  return dueDate >= today || dueDate === currentDueDate;
}

export function isGoalFormError(value: unknown): value is GoalFormError {
  return typeof value === 'string' && (GOAL_FORM_ERRORS as readonly string[]).includes(value);
}
