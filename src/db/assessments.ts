// Repository for assessments: every write goes through here, in a transaction, after
// validation. Components read through the live-query hooks at the bottom.

import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { z } from 'zod/mini';
import {
  answerWriteSchema,
  assessmentSchema,
  isComplete,
  newAssessmentSchema,
  type Assessment,
  type AssessmentInvite,
  type NewAssessmentInput,
} from '../domain/assessment';
import { db } from './database';
import { newId } from './ids';
import { onAnswerSaved } from './persistence';
import { StorageError, isTransient, toStorageError } from './storage-errors';

/**
 * The record as it may be stored: checked (and its text cleaned) by the same schema as
 * an import, or refused before anything is written (issue 12: one schema on every path).
 */
export function validAssessment(record: Assessment): Assessment {
  const parsed = assessmentSchema.safeParse(record);
  if (!parsed.success) throw new StorageError('invalid', z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * Starts an assessment. `invite` is given when it is started from a trainer's workshop
 * invite: the finished result is then shown as a QR code for that workshop.
 */
export async function createAssessment(
  input: NewAssessmentInput,
  locale: string,
  now: number = Date.now(),
  invite?: AssessmentInvite,
): Promise<string> {
  const parsed = newAssessmentSchema.safeParse(input);
  if (!parsed.success) throw new StorageError('invalid', z.prettifyError(parsed.error));
  const { instructor, studentId, ...fields } = parsed.data;
  const assessment = validAssessment({
    id: newId(),
    ...fields,
    // The course fields are stored only when given.
    ...(instructor ? { instructor } : {}),
    ...(studentId ? { studentId } : {}),
    locale,
    answers: {},
    notes: {},
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    // Checked with the rest of the record by validAssessment.
    ...(invite ? { invite } : {}),
  });
  try {
    await db.assessments.add(assessment);
  } catch (error) {
    throw toStorageError(error);
  }
  return assessment.id;
}

/**
 * Saves one answer the moment it is given. Unknown statements and out-of-range values
 * are rejected before anything is written. Completing the 25th statement stamps
 * completedAt in the same transaction, so a failed write leaves the record exactly as it
 * was. A write the browser interrupted (aborted transaction) is retried once; any other
 * failure is thrown as a StorageError for the UI to show, with the answer kept unsaved.
 */
export async function saveAnswer(
  assessmentId: string,
  itemId: string,
  value: number,
  now: number = Date.now(),
): Promise<void> {
  const parsed = answerWriteSchema.safeParse({ itemId, value });
  if (!parsed.success) {
    throw new StorageError('invalid', parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const write = () =>
    db.transaction('rw', db.assessments, async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) throw new StorageError('notFound', `No assessment ${assessmentId}`);
      const answers = { ...assessment.answers, [parsed.data.itemId]: parsed.data.value };
      const completedAt = assessment.completedAt ?? (isComplete({ answers }) ? now : null);
      await db.assessments.put(
        validAssessment({ ...assessment, answers, updatedAt: now, completedAt }),
      );
    });
  try {
    await write();
  } catch (error) {
    const first = toStorageError(error);
    if (!isTransient(first)) throw first;
    try {
      await write();
    } catch (retryError) {
      throw toStorageError(retryError);
    }
  }
  void onAnswerSaved(now);
}

/**
 * A re-take: a new, empty assessment for the same business, respondent and context,
 * answered in the given language.
 */
export async function createRetake(
  previousId: string,
  locale: string,
  now: number = Date.now(),
): Promise<string> {
  const previous = await db.assessments.get(previousId);
  if (!previous) throw new StorageError('notFound', `No assessment ${previousId}`);
  return createAssessment(
    {
      businessName: previous.businessName,
      respondent: previous.respondent,
      context: previous.context,
      ...(previous.instructor ? { instructor: previous.instructor } : {}),
      ...(previous.studentId ? { studentId: previous.studentId } : {}),
    },
    locale,
    now,
  );
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  return db.assessments.get(id);
}

/**
 * A live query that keeps showing its last result when the database has been closed
 * under it (another tab opened a newer version, see database.ts): the banner asks for a
 * reload, and the screen stays readable instead of turning into an error page.
 */
function useLiveQueryKeepingLast<T>(querier: () => Promise<T>, deps: unknown[]): T | undefined {
  const last = useRef<{ value: T } | undefined>(undefined);
  return useLiveQuery(async () => {
    try {
      const value = await querier();
      last.current = { value };
      return value;
    } catch (error) {
      if (last.current && toStorageError(error).kind === 'closed') return last.current.value;
      throw error;
    }
  }, deps);
}

/** The assessment, null when there is none with that id, undefined while loading. */
export function useAssessment(id: string | undefined): Assessment | null | undefined {
  const result = useLiveQueryKeepingLast(
    async () => ({ id, assessment: id ? ((await db.assessments.get(id)) ?? null) : null }),
    [id],
  );
  // While the query for a new id runs, the hook still holds the previous id's result:
  // report "loading" rather than showing another assessment for a moment.
  return result && result.id === id ? result.assessment : undefined;
}

/** All assessments, most recently updated first; undefined while loading. */
export function useAssessments(): Assessment[] | undefined {
  return useLiveQueryKeepingLast(() => db.assessments.orderBy('updatedAt').reverse().toArray(), []);
}
