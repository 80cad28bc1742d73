// The shape of one self-audit as it is stored and exported, with zod schemas for every
// trust boundary (new-assessment form, answer writes, backups). Rules: SPEC §2, §5.
// Text fields and timestamps use the shared field rules of fields.ts (zod/mini, the one
// zod API of the app).

import { z } from 'zod/mini';
import { lineTextSchema, multilineTextSchema, recordIdSchema, timestampSchema } from './fields';
import { ITEM_IDS, SECTION_IDS, type AnswerValue } from './instrument';
import { TAG_PATTERN } from './workshop-invite';

export const MAX_NAME_LENGTH = 120;
export const MAX_NOTE_LENGTH = 5000;

/** A BCP 47 language tag such as `en` or `sk-SK`, as Intl accepts it. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

const itemIdSchema = z.enum(ITEM_IDS, {
  error: (issue) => `unknown statement ${JSON.stringify(issue.input)}`,
});

const outOfRange = (issue: { input?: unknown }) =>
  `answer ${String(issue.input)} is out of range 1–5`;

const answerValueSchema = z.pipe(
  z
    .number({
      error: (issue) => `answer ${JSON.stringify(issue.input)} is not a number from 1 to 5`,
    })
    .check(
      z.refine((value) => Number.isInteger(value), {
        error: (issue) => `answer ${String(issue.input)} is not a whole number from 1 to 5`,
        abort: true,
      }),
      z.gte(1, { error: outOfRange }),
      z.lte(5, { error: outOfRange }),
    ),
  z.transform((value) => value as AnswerValue),
);

export const answersSchema = z.partialRecord(itemIdSchema, answerValueSchema);

const sectionNotesSchema = z.partialRecord(
  z.enum(SECTION_IDS),
  multilineTextSchema(MAX_NOTE_LENGTH),
);

const nameField = lineTextSchema(MAX_NAME_LENGTH);

/** The trainer's workshop an assessment was started for, from the invite (issue 11). */
const assessmentInviteSchema = z.object({
  tag: z.string().check(z.regex(TAG_PATTERN)),
  workshopName: lineTextSchema(200),
});
export type AssessmentInvite = z.infer<typeof assessmentInviteSchema>;

/** What a person types when starting an assessment; every field is optional. */
export const newAssessmentSchema = z.object({
  businessName: nameField,
  respondent: nameField,
  context: nameField,
  /** Only for an audit done for a course (shown on the report when given). */
  instructor: z.optional(nameField),
  studentId: z.optional(nameField),
});
export type NewAssessmentInput = z.infer<typeof newAssessmentSchema>;

export const assessmentSchema = z.object({
  id: recordIdSchema,
  businessName: nameField,
  respondent: nameField,
  context: nameField,
  /** Optional course fields: the instructor and the student's id (absent in older data). */
  instructor: z.optional(nameField),
  studentId: z.optional(nameField),
  /** The language the assessment was answered in. */
  locale: z.string().check(z.maxLength(20), z.regex(LANGUAGE_TAG)),
  answers: answersSchema,
  notes: sectionNotesSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Set when the 25th statement is answered; null while in progress. */
  completedAt: z.nullable(timestampSchema),
  /** Present when started from a workshop invite: the result is shown to the trainer. */
  invite: z.optional(assessmentInviteSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const answerWriteSchema = z.object({
  itemId: itemIdSchema,
  value: answerValueSchema,
});

export function isComplete(assessment: Pick<Assessment, 'answers'>): boolean {
  return ITEM_IDS.every((itemId) => assessment.answers[itemId] !== undefined);
}
