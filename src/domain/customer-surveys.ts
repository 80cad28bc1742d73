// The results of the owner's own customer surveys, entered by hand over time (issue 17;
// seed 003 part 1, step 2: ask customers; seed 002 names CSAT and NPS as the measures).
// A survey round records a CSAT part (how many answered, how many were satisfied), an
// NPS part (how many gave each score from 0 to 10), or both. The formulas are in
// feedback-figures.ts.

import { z } from 'zod';
import { isRealDate } from './action-plan';
import { MAX_BUSINESS_NAME, MAX_LONG_TEXT } from './complaints';

export const NPS_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** No survey of a small business comes near this; it keeps sums far from overflow. */
export const MAX_RESPONSES = 1_000_000;
export const MAX_SURVEY_LABEL = 120;

const count = z.number().int().nonnegative().max(MAX_RESPONSES);

export const csatResultSchema = z
  .object({
    responses: count.min(1),
    /** Answers counted as satisfied (on a 1–5 question: 4 or 5). */
    satisfied: count,
  })
  .refine((csat) => csat.satisfied <= csat.responses, {
    path: ['satisfied'],
    message: 'more satisfied customers than answers',
  });
export type CsatResult = z.infer<typeof csatResultSchema>;

export const npsResultSchema = z.object({
  /** counts[s] = how many answered s on "how likely are you to recommend us" (0–10). */
  counts: z
    .array(count)
    .length(NPS_SCORES.length)
    .refine((counts) => counts.some((n) => n > 0), { message: 'no answers at all' })
    .refine((counts) => counts.reduce((sum, n) => sum + n, 0) <= MAX_RESPONSES, {
      message: `more than ${MAX_RESPONSES} answers`,
    }),
});
export type NpsResult = z.infer<typeof npsResultSchema>;

export const customerSurveySchema = z
  .object({
    id: z.string().min(1).max(100),
    businessName: z.string().trim().min(1).max(MAX_BUSINESS_NAME),
    /** The day the survey closed (YYYY-MM-DD). */
    date: z.iso.date().refine(isRealDate, { message: 'not a real calendar date' }),
    /** The owner's name for the round, e.g. "Receipts QR code, March". */
    label: z.string().trim().max(MAX_SURVEY_LABEL),
    csat: csatResultSchema.nullable(),
    nps: npsResultSchema.nullable(),
    note: z.string().max(MAX_LONG_TEXT),
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
  })
  .superRefine((survey, context) => {
    if (survey.csat === null && survey.nps === null)
      context.addIssue({ code: 'custom', path: ['csat'], message: 'neither CSAT nor NPS given' });
    if (survey.updatedAt < survey.createdAt)
      context.addIssue({ code: 'custom', path: ['updatedAt'], message: 'earlier than createdAt' });
  });
export type CustomerSurvey = z.infer<typeof customerSurveySchema>;
export type CustomerSurveyFields = Pick<CustomerSurvey, 'date' | 'label' | 'csat' | 'nps' | 'note'>;
