// Workshops: a named group of participants' completed results, collected without a
// server (share links, QR codes, files). SPEC §4 (Workshop), §6 (Share), issue 7.
//
// Two file formats live here, both versioned and validated with zod before anything is
// written:
// - a participant's result file (`centricity-result`), downloaded from the share page;
// - a workshop file (`centricity-workshop`), exported by one trainer for another.
// A participant's identity within a workshop is its fingerprint: `result:<id>` when the
// result carries the 16-hex-digit result id (share links and files both do, so the same
// result added by link and by file counts once), otherwise `answers:<25 digits>`.

import { z } from 'zod';
import { answersSchema, isComplete } from './assessment';
import { ITEM_IDS, type Answers } from './instrument';
import type { CompleteAnswers, SharedResult } from './share-code';
import { issueText, issuesFromZodError, type ValidationIssue } from './validation-issues';
import { TAG_PATTERN } from './workshop-invite';

const MAX_WORKSHOP_NAME = 200;
const MAX_LABEL = 200;
/** Result files are tiny; anything bigger is not one. */
const MAX_RESULT_FILE_BYTES = 64 * 1024;
const MAX_WORKSHOP_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_PARTICIPANTS = 10_000;

export const workshopNameSchema = z
  .string()
  .trim()
  .min(1, 'the workshop needs a name')
  .max(MAX_WORKSHOP_NAME, `the name is longer than ${MAX_WORKSHOP_NAME} characters`);

export const workshopSchema = z.object({
  id: z.string().min(1).max(100),
  name: workshopNameSchema,
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** The invite's tag (workshop-invite.ts), given when the invite is first needed. */
  tag: z.string().regex(TAG_PATTERN, 'not a workshop tag').optional(),
  /** How many participants the trainer expects, for "17 of 30 in". */
  expectedCount: z.number().int().min(1).max(MAX_PARTICIPANTS).optional(),
});
export type Workshop = z.infer<typeof workshopSchema>;

export const expectedCountSchema = workshopSchema.shape.expectedCount;

const PARTICIPANT_SOURCES = ['link', 'file', 'csv', 'local', 'scan'] as const;
export type ParticipantSource = (typeof PARTICIPANT_SOURCES)[number];

const completeAnswersSchema = answersSchema.check(
  z.refine((answers) => isComplete({ answers }), {
    message: 'all 25 statements must be answered',
  }),
);

export const workshopParticipantSchema = z.object({
  id: z.string().min(1).max(100),
  workshopId: z.string().min(1).max(100),
  /** A stable identity of the result, used to skip duplicates within a workshop. */
  fingerprint: z.string().min(1).max(200),
  /** Shown only when the participant chose to share a name. */
  label: z.string().max(MAX_LABEL).nullable(),
  answers: completeAnswersSchema,
  source: z.enum(PARTICIPANT_SOURCES),
  addedAt: z.number().int().nonnegative(),
});
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>;

/** A result about to be added to a workshop. */
export const participantCandidateSchema = workshopParticipantSchema.pick({
  fingerprint: true,
  label: true,
  answers: true,
  source: true,
});
export type ParticipantCandidate = {
  fingerprint: string;
  label: string | null;
  answers: Answers;
  source: ParticipantSource;
};

const RESULT_ID = /^[0-9a-f]{16}$/;

export function fingerprintFor(resultId: string | null | undefined, answers: Answers): string {
  if (resultId) return `result:${resultId}`;
  return `answers:${ITEM_IDS.map((id) => answers[id] ?? 0).join('')}`;
}

export function labelFor(
  names: { businessName?: string; respondent?: string } | null | undefined,
): string | null {
  if (!names) return null;
  const label = [names.businessName, names.respondent]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' — ');
  return label ? label.slice(0, MAX_LABEL) : null;
}

export function candidateFromShared(shared: SharedResult, source: ParticipantSource) {
  return {
    fingerprint: fingerprintFor(shared.resultId, shared.answers),
    label: labelFor(shared.names),
    answers: shared.answers,
    source,
  } satisfies ParticipantCandidate;
}

// --- participant result file ---

const RESULT_FILE_FORMAT = 'centricity-result';
const RESULT_FILE_VERSION = 1;

const resultFileSchema = z.object({
  format: z.literal(RESULT_FILE_FORMAT),
  version: z.literal(RESULT_FILE_VERSION),
  resultId: z.string().regex(RESULT_ID, 'resultId must be 16 hex digits').nullable(),
  completedAt: z.number().int().nonnegative().nullable(),
  answers: completeAnswersSchema,
  businessName: z.string().max(120).optional(),
  respondent: z.string().max(120).optional(),
});
export type ResultFile = z.infer<typeof resultFileSchema>;

export function resultFileFor(input: {
  resultId: string | null;
  completedAt: number | null;
  answers: CompleteAnswers;
  names: { businessName: string; respondent: string } | null;
}): ResultFile {
  return {
    format: RESULT_FILE_FORMAT,
    version: RESULT_FILE_VERSION,
    resultId: input.resultId,
    completedAt: input.completedAt,
    answers: input.answers,
    ...(input.names ?? {}),
  };
}

// --- workshop file ---

const WORKSHOP_FILE_FORMAT = 'centricity-workshop';
const WORKSHOP_FILE_VERSION = 1;

const workshopFileSchema = z.object({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  version: z.literal(WORKSHOP_FILE_VERSION),
  exportedAt: z.number().int().nonnegative(),
  workshop: workshopSchema.pick({ id: true, name: true, createdAt: true }),
  participants: z
    .array(
      workshopParticipantSchema.pick({
        fingerprint: true,
        label: true,
        answers: true,
        source: true,
        addedAt: true,
      }),
    )
    .max(MAX_PARTICIPANTS),
});
export type WorkshopFile = z.infer<typeof workshopFileSchema>;

export function workshopFileFor(
  workshop: Workshop,
  participants: readonly WorkshopParticipant[],
  now: number,
): WorkshopFile {
  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: now,
    workshop: { id: workshop.id, name: workshop.name, createdAt: workshop.createdAt },
    participants: participants.map(({ fingerprint, label, answers, source, addedAt }) => ({
      fingerprint,
      label,
      answers,
      source,
      addedAt,
    })),
  };
}

// --- reading either file ---

export type FileProblem = 'tooLarge' | 'notJson' | 'unknownFormat' | 'newerVersion' | 'invalid';

export type ParsedFile =
  | { ok: true; kind: 'result'; candidate: ParticipantCandidate }
  | { ok: true; kind: 'workshop'; file: WorkshopFile; candidates: ParticipantCandidate[] }
  | { ok: false; problem: FileProblem; detail: string; issues?: ValidationIssue[] };

/** A file that failed its schema: the issues for the screen, their English for logs. */
function invalidFile(error: z.ZodError, data: unknown): ParsedFile {
  const issues = issuesFromZodError(error, data);
  return { ok: false, problem: 'invalid', detail: issues.map(issueText).join('\n'), issues };
}

const envelopeSchema = z.object({ format: z.string(), version: z.number() });

/** Reads a participant's result file or a workshop file; never throws. */
export function parseWorkshopInputFile(text: string): ParsedFile {
  if (text.length > MAX_WORKSHOP_FILE_BYTES) return { ok: false, problem: 'tooLarge', detail: '' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'notJson', detail: (error as Error).message };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problem: 'unknownFormat', detail: '' };
  const { format, version } = envelope.data;
  if (format === RESULT_FILE_FORMAT) {
    if (version > RESULT_FILE_VERSION) return { ok: false, problem: 'newerVersion', detail: '' };
    if (text.length > MAX_RESULT_FILE_BYTES) return { ok: false, problem: 'tooLarge', detail: '' };
    const parsed = resultFileSchema.safeParse(data);
    if (!parsed.success) return invalidFile(parsed.error, data);
    const file = parsed.data;
    return {
      ok: true,
      kind: 'result',
      candidate: {
        fingerprint: fingerprintFor(file.resultId, file.answers),
        label: labelFor(file),
        answers: file.answers,
        source: 'file',
      },
    };
  }
  if (format === WORKSHOP_FILE_FORMAT) {
    if (version > WORKSHOP_FILE_VERSION) return { ok: false, problem: 'newerVersion', detail: '' };
    const parsed = workshopFileSchema.safeParse(data);
    if (!parsed.success) return invalidFile(parsed.error, data);
    return {
      ok: true,
      kind: 'workshop',
      file: parsed.data,
      candidates: parsed.data.participants.map(({ fingerprint, label, answers, source }) => ({
        fingerprint,
        label,
        answers,
        source,
      })),
    };
  }
  return { ok: false, problem: 'unknownFormat', detail: format };
}
