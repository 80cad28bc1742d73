// The shape of one self-audit as it is stored and exported, with zod schemas for every
// trust boundary (new-assessment form, answer writes, backups). Rules: SPEC §2, §5.
// zod/mini keeps the first screen's JavaScript small; it composes with classic zod
// schemas elsewhere.

import { z } from 'zod/mini';
import { ITEM_IDS, SECTION_IDS, type AnswerValue } from './instrument';
import { TAG_PATTERN } from './workshop-invite';

export const MAX_NAME_LENGTH = 120;
export const MAX_NOTE_LENGTH = 5000;

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
  z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
);

const nameField = z.string().check(z.trim(), z.maxLength(MAX_NAME_LENGTH));
const timestamp = z.int().check(z.nonnegative());

/** The trainer's workshop an assessment was started for, from the invite (issue 11). */
export const assessmentInviteSchema = z.object({
  tag: z.string().check(z.regex(TAG_PATTERN)),
  workshopName: z.string().check(z.maxLength(200)),
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
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  businessName: z.string().check(z.maxLength(MAX_NAME_LENGTH)),
  respondent: z.string().check(z.maxLength(MAX_NAME_LENGTH)),
  context: z.string().check(z.maxLength(MAX_NAME_LENGTH)),
  /** Optional course fields: the instructor and the student's id (absent in older data). */
  instructor: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
  studentId: z.optional(z.string().check(z.maxLength(MAX_NAME_LENGTH))),
  /** The language the assessment was answered in. */
  locale: z.string().check(z.minLength(2), z.maxLength(20)),
  answers: answersSchema,
  notes: sectionNotesSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Set when the 25th statement is answered; null while in progress. */
  completedAt: z.nullable(timestamp),
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
