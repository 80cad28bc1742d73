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

import { z } from 'zod/mini';
import { MAX_NAME_LENGTH, answersSchema, isComplete } from './assessment';
import { ASCII_ID, lineTextSchema, recordIdSchema, timestampSchema } from './fields';
import { ITEM_IDS, type Answers } from './instrument';
import { textHash, type CompleteAnswers, type SharedResult } from './share-code';
import { clipText, cleanLine } from './text';
import { issueText, issuesFromZodError, type ValidationIssue } from './validation-issues';
import { TAG_PATTERN } from './workshop-invite';

export const MAX_WORKSHOP_NAME = 200;
/** Between a business name and a respondent in a participant's label. */
const LABEL_SEPARATOR = ' — ';
/**
 * Room for the longest business name and respondent the app allows, joined.
 */
export const MAX_LABEL = MAX_NAME_LENGTH * 2 + LABEL_SEPARATOR.length;
/** Result files are tiny; anything bigger is not one. */
const MAX_RESULT_FILE_BYTES = 64 * 1024;
/**
 * The largest file of any kind a workshop reads. A workshop file of MAX_PARTICIPANTS with
 * the longest labels stays below it (workshop-files.test.ts computes the worst case).
 */
export const MAX_WORKSHOP_FILE_BYTES = 32 * 1024 * 1024;
/** The most participants one workshop holds, however they arrive (links, files, CSV, backup). */
export const MAX_PARTICIPANTS = 10_000;
export const MAX_FINGERPRINT = 200;

export const workshopNameSchema = z
  .string()
  .check(
    z.overwrite(cleanLine),
    z.minLength(1, 'the workshop needs a name'),
    z.maxLength(MAX_WORKSHOP_NAME, `the name is longer than ${MAX_WORKSHOP_NAME} characters`),
  );

export const workshopSchema = z.object({
  id: recordIdSchema,
  name: workshopNameSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** The invite's tag (workshop-invite.ts), given when the invite is first needed. */
  tag: z.optional(z.string().check(z.regex(TAG_PATTERN, 'not a workshop tag'))),
  /** How many participants the trainer expects, for "17 of 30 in". */
  expectedCount: z.optional(z.int().check(z.gte(1), z.lte(MAX_PARTICIPANTS))),
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

/** A participant's label: cleaned one-line text; empty means no label (null). */
const labelSchema = z.pipe(
  z.nullable(lineTextSchema(MAX_LABEL)),
  z.transform((label) => label || null),
);

export const workshopParticipantSchema = z.object({
  id: recordIdSchema,
  workshopId: recordIdSchema,
  /** A stable identity of the result, used to skip duplicates within a workshop. */
  fingerprint: z.string().check(z.minLength(1), z.maxLength(MAX_FINGERPRINT), z.regex(ASCII_ID)),
  /** Shown only when the participant chose to share a name. */
  label: labelSchema,
  answers: completeAnswersSchema,
  source: z.enum(PARTICIPANT_SOURCES),
  addedAt: timestampSchema,
});
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>;

/** A result about to be added to a workshop. */
export type ParticipantCandidate = {
  fingerprint: string;
  label: string | null;
  answers: Answers;
  source: ParticipantSource;
  /** When it was first added, for a participant moved from another workshop file. */
  addedAt?: number;
};

const RESULT_ID = /^[0-9a-f]{16}$/;

/**
 * The identity of a result within a workshop. A result that carries its 16-hex-digit
 * result id (share links and result files do) is the same result however it arrives.
 */
export function fingerprintFor(resultId: string): string {
  return `result:${resultId}`;
}

/**
 * Identities for results without a result id, by where they came from: a file's or a
 * pasted text's content hash and the position there (row, line). Two such results are
 * never merged with each other, while reading the very same file or text again finds the
 * same identities. The text is hashed once; the function gives each position's identity.
 */
export function occurrenceFingerprints(
  kind: 'csv' | 'file' | 'links',
  text: string,
): (position: number) => string {
  const key = `${kind}:${textHash(text)}`;
  return (position) => `${key}:${position}`;
}

/** True when two answer sets give the same answer to every statement. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return ITEM_IDS.every((id) => a[id] === b[id]);
}

/** The same result (same fingerprint) arriving with answers other than the ones kept. */
export type ParticipantConflict = {
  readonly fingerprint: string;
  /** What the workshop holds (or an earlier item of the same batch). */
  readonly current: Pick<WorkshopParticipant, 'label' | 'answers'>;
  readonly incoming: ParticipantCandidate;
};

export type AdditionPlan = {
  /** New results, in the order given; the first of a repeated fingerprint wins. */
  readonly fresh: ParticipantCandidate[];
  /** Results already there with the same answers (or repeated in the batch). */
  readonly duplicates: number;
  readonly conflicts: ParticipantConflict[];
};

/**
 * Decides, by content, what adding `candidates` to a workshop holding `existing` does:
 * a new fingerprint is added; a known fingerprint with the same answers is a duplicate;
 * a known fingerprint with other answers is a conflict, never a silent swap or skip.
 */
export function planAdditions(
  existing: readonly Pick<WorkshopParticipant, 'fingerprint' | 'label' | 'answers'>[],
  candidates: readonly ParticipantCandidate[],
): AdditionPlan {
  const known = new Map<string, Pick<WorkshopParticipant, 'label' | 'answers'>>();
  for (const participant of existing) known.set(participant.fingerprint, participant);
  const fresh: ParticipantCandidate[] = [];
  const conflicts: ParticipantConflict[] = [];
  let duplicates = 0;
  for (const candidate of candidates) {
    const current = known.get(candidate.fingerprint);
    if (!current) {
      known.set(candidate.fingerprint, candidate);
      fresh.push(candidate);
    } else if (sameAnswers(current.answers, candidate.answers)) {
      duplicates++;
    } else {
      conflicts.push({ fingerprint: candidate.fingerprint, current, incoming: candidate });
    }
  }
  return { fresh, duplicates, conflicts };
}

/** A label as stored: one clean line within MAX_LABEL characters, or '' for none. */
export function cleanLabel(text: string): string {
  return cleanLine(clipText(cleanLine(text), MAX_LABEL));
}

export function labelFor(
  names: { businessName?: string; respondent?: string } | null | undefined,
): string | null {
  if (!names) return null;
  const label = [names.businessName, names.respondent]
    .map((part) => cleanLine(clipText(cleanLine(part ?? ''), MAX_NAME_LENGTH)))
    .filter(Boolean)
    .join(LABEL_SEPARATOR);
  return label || null;
}

/**
 * A shared result as a workshop candidate. `occurrence` identifies where a result without
 * a result id was found (see occurrenceFingerprint); without it, such a result gets an
 * identity of its own.
 */
export function candidateFromShared(
  shared: SharedResult,
  source: ParticipantSource,
  occurrence?: string,
): ParticipantCandidate {
  return {
    fingerprint: shared.resultId
      ? fingerprintFor(shared.resultId)
      : (occurrence ?? `link:${crypto.randomUUID()}`),
    label: labelFor(shared.names),
    answers: shared.answers,
    source,
  };
}

// --- participant result file ---

const RESULT_FILE_FORMAT = 'centricity-result';
const RESULT_FILE_VERSION = 1;

const resultFileSchema = z.object({
  format: z.literal(RESULT_FILE_FORMAT),
  version: z.literal(RESULT_FILE_VERSION),
  resultId: z.nullable(z.string().check(z.regex(RESULT_ID, 'resultId must be 16 hex digits'))),
  completedAt: z.nullable(timestampSchema),
  answers: completeAnswersSchema,
  businessName: z.optional(lineTextSchema(MAX_NAME_LENGTH)),
  respondent: z.optional(lineTextSchema(MAX_NAME_LENGTH)),
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
  exportedAt: timestampSchema,
  workshop: z.pick(workshopSchema, { id: true, name: true, createdAt: true }),
  participants: z
    .array(
      z.pick(workshopParticipantSchema, {
        fingerprint: true,
        label: true,
        answers: true,
        source: true,
        addedAt: true,
      }),
    )
    .check(z.maxLength(MAX_PARTICIPANTS)),
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
  | {
      ok: false;
      problem: FileProblem;
      detail: string;
      issues?: ValidationIssue[];
      /** For 'tooLarge': the limit the file broke. */
      limitBytes?: number;
    };

/** A file that failed its schema: the issues for the screen, their English for logs. */
function invalidFile(error: z.core.$ZodError, data: unknown): ParsedFile {
  const issues = issuesFromZodError(error, data);
  return { ok: false, problem: 'invalid', detail: issues.map(issueText).join('\n'), issues };
}

const envelopeSchema = z.object({ format: z.string(), version: z.number() });

/** Reads a participant's result file or a workshop file; never throws. */
export function parseWorkshopInputFile(text: string): ParsedFile {
  // The screen checks File.size before reading; this holds for text from anywhere else.
  if (text.length > MAX_WORKSHOP_FILE_BYTES)
    return { ok: false, problem: 'tooLarge', detail: '', limitBytes: MAX_WORKSHOP_FILE_BYTES };
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
    if (text.length > MAX_RESULT_FILE_BYTES)
      return { ok: false, problem: 'tooLarge', detail: '', limitBytes: MAX_RESULT_FILE_BYTES };
    const parsed = resultFileSchema.safeParse(data);
    if (!parsed.success) return invalidFile(parsed.error, data);
    const file = parsed.data;
    return {
      ok: true,
      kind: 'result',
      candidate: {
        fingerprint: file.resultId
          ? fingerprintFor(file.resultId)
          : occurrenceFingerprints('file', text)(0),
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
      candidates: parsed.data.participants.map(
        ({ fingerprint, label, answers, source, addedAt }) => ({
          fingerprint,
          label,
          answers,
          source,
          addedAt,
        }),
      ),
    };
  }
  return { ok: false, problem: 'unknownFormat', detail: format };
}
