// The results of the owner's own customer surveys, entered by hand over time (issue 17;
// seed 003 part 1, step 2: ask customers; seed 002 names CSAT and NPS as the measures).
// A survey round records a CSAT part (how many answered, how many were satisfied), an
// NPS part (how many gave each score from 0 to 10), or both. The formulas are in
// feedback-figures.ts.

import { z } from 'zod/mini';
import { isRealDate } from './calendar-date';
import { recordIdSchema } from './fields';
import {
  MAX_LONG_TEXT,
  businessFields,
  calendarDateField,
  lineField,
  multilineField,
  timestampField,
} from './complaints';

export const NPS_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** No survey of a small business comes near this; it keeps sums far from overflow. */
const MAX_RESPONSES = 1_000_000;
const MAX_SURVEY_LABEL = 120;

const count = z.int().check(z.gte(0), z.lte(MAX_RESPONSES));

const csatResultSchema = z
  .object({
    responses: z.int().check(z.gte(1), z.lte(MAX_RESPONSES)),
    /** Answers counted as satisfied (on a 1–5 question: 4 or 5). */
    satisfied: count,
  })
  .check(
    z.refine((csat) => csat.satisfied <= csat.responses, {
      path: ['satisfied'],
      error: 'more satisfied customers than answers',
    }),
  );
export type CsatResult = z.output<typeof csatResultSchema>;

const npsResultSchema = z.object({
  /** counts[s] = how many answered s on "how likely are you to recommend us" (0–10). */
  counts: z.array(count).check(
    z.length(NPS_SCORES.length),
    z.refine((counts) => counts.some((n) => n > 0), { error: 'no answers at all' }),
    z.refine((counts) => counts.reduce((sum, n) => sum + n, 0) <= MAX_RESPONSES, {
      error: `more than ${MAX_RESPONSES} answers`,
    }),
  ),
});
export type NpsResult = z.output<typeof npsResultSchema>;

export const customerSurveySchema = z
  .object({
    id: recordIdSchema,
    ...businessFields,
    /** The day the survey closed (YYYY-MM-DD). */
    date: calendarDateField,
    /** The owner's name for the round, e.g. "Receipts QR code, March". */
    label: lineField(MAX_SURVEY_LABEL),
    csat: z.nullable(csatResultSchema),
    nps: z.nullable(npsResultSchema),
    note: multilineField(MAX_LONG_TEXT),
    createdAt: timestampField,
    updatedAt: timestampField,
  })
  .check(
    z.superRefine((survey, refinement) => {
      if (survey.csat === null && survey.nps === null)
        refinement.addIssue({
          code: 'custom',
          path: ['csat'],
          message: 'neither CSAT nor NPS given',
        });
      if (survey.updatedAt < survey.createdAt)
        refinement.addIssue({
          code: 'custom',
          path: ['updatedAt'],
          message: 'earlier than createdAt',
        });
    }),
  );
export type CustomerSurvey = z.output<typeof customerSurveySchema>;
export type CustomerSurveyFields = Pick<CustomerSurvey, 'date' | 'label' | 'csat' | 'nps' | 'note'>;

/**
 * Reasons the survey form is refused; each is a key under "surveys.errors" in the
 * complaints namespace.
 */
const SURVEY_FORM_ERRORS = [
  'dateMissing',
  'dateInvalid',
  'dateFuture',
  'nothingEntered',
  'notCount',
  'responsesMissing',
  'satisfiedMissing',
  'moreSatisfiedThanAnswers',
  'tooMany',
  'textTooLong',
] as const;
export type SurveyFormError = (typeof SURVEY_FORM_ERRORS)[number];

export function isSurveyFormError(value: unknown): value is SurveyFormError {
  return typeof value === 'string' && (SURVEY_FORM_ERRORS as readonly string[]).includes(value);
}

/** What the survey form holds: every count as typed ("12", "۱۲"), empty when not given. */
export type SurveyFormValues = {
  date: string;
  label: string;
  responses: string;
  satisfied: string;
  npsCounts: string[];
  note: string;
};

export function emptySurveyForm(today: string): SurveyFormValues {
  return {
    date: today,
    label: '',
    responses: '',
    satisfied: '',
    npsCounts: NPS_SCORES.map(() => ''),
    note: '',
  };
}

export function surveyFormValues(
  survey: CustomerSurveyFields,
  formatCount: (value: number) => string,
): SurveyFormValues {
  return {
    date: survey.date,
    label: survey.label,
    responses: survey.csat ? formatCount(survey.csat.responses) : '',
    satisfied: survey.csat ? formatCount(survey.csat.satisfied) : '',
    npsCounts: NPS_SCORES.map((score) =>
      survey.nps ? formatCount(survey.nps.counts[score]!) : '',
    ),
    note: survey.note,
  };
}

export type SurveyFormResult =
  | { ok: true; fields: CustomerSurveyFields }
  | { ok: false; errors: Partial<Record<string, SurveyFormError>> };

/**
 * Checks the form against `today` and turns it into a survey round's fields. Counts are
 * read in the user's language by `parseCount` (null when not a number). CSAT needs both
 * of its numbers; NPS counts left empty are zero as long as one is given.
 */
export function readSurveyForm(
  form: SurveyFormValues,
  today: string,
  parseCount: (text: string) => number | null,
): SurveyFormResult {
  const errors: Partial<Record<string, SurveyFormError>> = {};
  const count = (field: string, text: string): number | null => {
    if (text.trim() === '') return null;
    const value = parseCount(text.trim());
    if (value === null || !Number.isInteger(value) || value < 0) {
      errors[field] = 'notCount';
      return null;
    }
    if (value > MAX_RESPONSES) {
      errors[field] = 'tooMany';
      return null;
    }
    return value;
  };

  if (form.date === '') errors.date = 'dateMissing';
  else if (!isRealDate(form.date)) errors.date = 'dateInvalid';
  else if (form.date > today) errors.date = 'dateFuture';
  if (form.label.trim().length > MAX_SURVEY_LABEL) errors.label = 'textTooLong';
  if (form.note.length > MAX_LONG_TEXT) errors.note = 'textTooLong';

  const responses = count('responses', form.responses);
  const satisfied = count('satisfied', form.satisfied);
  const csatGiven = form.responses.trim() !== '' || form.satisfied.trim() !== '';
  if (csatGiven) {
    if (form.responses.trim() === '') errors.responses = 'responsesMissing';
    else if (responses === 0) errors.responses = 'responsesMissing';
    if (form.satisfied.trim() === '') errors.satisfied = 'satisfiedMissing';
    if (responses !== null && satisfied !== null && satisfied > responses)
      errors.satisfied = 'moreSatisfiedThanAnswers';
  }

  const counts = form.npsCounts.map((text, score) => count(`npsCounts.${score}`, text));
  const npsGiven = form.npsCounts.some((text) => text.trim() !== '');
  const npsTotal = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (npsGiven && npsTotal === 0 && !Object.keys(errors).some((key) => key.startsWith('nps')))
    errors['npsCounts.0'] = 'nothingEntered';
  if (npsTotal > MAX_RESPONSES) errors['npsCounts.0'] = 'tooMany';
  if (!csatGiven && !npsGiven) errors.responses = 'nothingEntered';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      date: form.date,
      label: form.label.trim(),
      csat: csatGiven ? { responses: responses!, satisfied: satisfied! } : null,
      nps: npsGiven ? { counts: counts.map((n) => n ?? 0) } : null,
      note: form.note,
    },
  };
}
