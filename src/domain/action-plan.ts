// An action plan: goals chosen after an audit, each measurable, owned and dated
// (seed 000: standards must be measurable, specific and time-bound, e.g. "90 % of calls
// answered within two minutes"). SPEC §4, issue 8. Dates are ISO calendar dates
// (YYYY-MM-DD) in the user's local time zone.

import { z } from 'zod/mini';
import { ISO_DATE_PATTERN, isRealDate } from './calendar-date';
import { ASCII_ID, lineTextSchema, recordIdSchema, timestampSchema } from './fields';
import { SECTION_IDS } from './instrument';
import { parseLocaleNumber } from './locale-number';
import { cleanLine } from './text';

export const GOAL_STATUSES = ['planned', 'inProgress', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const MAX_GOAL_WHAT = 500;
export const MAX_TARGET_UNIT = 100;
export const MAX_OWNER = 120;
const MAX_GOALS = 200;
/** Largest target, either sign: a thousand billion. */
const MAX_TARGET_VALUE = 1e12;

/**
 * A calendar date written YYYY-MM-DD that exists (no 2025-02-30). The format is checked
 * by iso.date; the refinement only looks at well-formed text, so each bad value gets one
 * issue, reported as "not a date".
 */
const calendarDateSchema = z.iso.date().check(
  z.refine((value) => !ISO_DATE_PATTERN.test(value) || isRealDate(value), {
    params: { issue: 'notADate' },
  }),
);

const goalSchema = z.object({
  id: recordIdSchema,
  sectionId: z.enum(SECTION_IDS),
  adviceId: z.nullable(z.string().check(z.maxLength(100), z.regex(ASCII_ID))),
  what: z.string().check(
    z.overwrite((value) => cleanLine(value)),
    z.minLength(1),
    z.maxLength(MAX_GOAL_WHAT),
  ),
  /** Targets people set (percentages, counts, minutes); anything larger is a typo. */
  targetValue: z.number().check(z.gte(-MAX_TARGET_VALUE), z.lte(MAX_TARGET_VALUE)),
  targetUnit: z.string().check(
    z.overwrite((value) => cleanLine(value)),
    z.minLength(1),
    z.maxLength(MAX_TARGET_UNIT),
  ),
  owner: lineTextSchema(MAX_OWNER),
  dueDate: calendarDateSchema,
  status: z.enum(GOAL_STATUSES),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Goal = z.infer<typeof goalSchema>;

export const actionPlanSchema = z.object({
  assessmentId: recordIdSchema,
  goals: z.array(goalSchema).check(z.maxLength(MAX_GOALS)),
  /** In-app reminder for the next audit (ISO date), or null. */
  nextAuditDate: z.nullable(calendarDateSchema),
  /** The earlier assessment of the same business whose goals were copied into this plan. */
  carriedOverFrom: z.optional(z.nullable(recordIdSchema)),
  updatedAt: timestampSchema,
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
  const line = (value: string) => cleanLine(value);
  return z.object({
    what: z
      .string()
      .check(
        z.overwrite(line),
        z.minLength(1, { error: 'whatMissing' satisfies GoalFormError }),
        z.maxLength(MAX_GOAL_WHAT, { error: 'whatTooLong' satisfies GoalFormError }),
      ),
    targetValue: z.pipe(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, { error: 'targetValueMissing' satisfies GoalFormError, abort: true }),
        ),
      z.transform((value, context) => {
        const parsed = parseLocaleNumber(value, language);
        if (parsed === null || Math.abs(parsed) > MAX_TARGET_VALUE) {
          context.issues.push({
            code: 'custom',
            input: value,
            message: 'targetValueNotNumber' satisfies GoalFormError,
          });
          return z.NEVER;
        }
        return parsed;
      }),
    ),
    targetUnit: z
      .string()
      .check(
        z.overwrite(line),
        z.minLength(1, { error: 'targetUnitMissing' satisfies GoalFormError }),
        z.maxLength(MAX_TARGET_UNIT, { error: 'targetUnitTooLong' satisfies GoalFormError }),
      ),
    // Optional: in a one-person business the owner is obvious.
    owner: z
      .string()
      .check(
        z.overwrite(line),
        z.maxLength(MAX_OWNER, { error: 'ownerTooLong' satisfies GoalFormError }),
      ),
    dueDate: z.string().check(
      z.minLength(1, { error: 'dueDateMissing' satisfies GoalFormError, abort: true }),
      z.refine(isRealDate, { error: 'dueDateInvalid' satisfies GoalFormError, abort: true }),
      z.refine((value) => dueDateAllowed(value, today, currentDueDate), {
        error: (keepsPastDate ? 'dueDatePastChanged' : 'dueDatePast') satisfies GoalFormError,
      }),
    ),
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
