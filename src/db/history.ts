// Repository for the history of assessments: delete with undo, and per-section notes.

import type { ActionPlan } from '../domain/action-plan';
import { MAX_NOTE_LENGTH, type Assessment } from '../domain/assessment';
import type { SectionId } from '../domain/instrument';
import { isSectionId } from '../domain/instrument';
import { validAssessment } from './assessments';
import { db } from './database';
import { StorageError, toStorageError } from './storage-errors';

/** What one deletion removed: enough to put it back exactly as it was. */
export type DeletedAssessment = { assessment: Assessment; actionPlan: ActionPlan | undefined };

/** Deletes an assessment and its action plan together; returns them for undo. */
export async function deleteAssessment(id: string): Promise<DeletedAssessment> {
  try {
    return await db.transaction('rw', db.assessments, db.actionPlans, async () => {
      const assessment = await db.assessments.get(id);
      if (!assessment) throw new StorageError('notFound', `No assessment ${id}`);
      const actionPlan = await db.actionPlans.get(id);
      await db.assessments.delete(id);
      await db.actionPlans.delete(id);
      return { assessment, actionPlan };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Undo of deleteAssessment: the same records, ids and timestamps. */
export async function restoreAssessment(deleted: DeletedAssessment): Promise<void> {
  try {
    await db.transaction('rw', db.assessments, db.actionPlans, async () => {
      await db.assessments.put(deleted.assessment);
      if (deleted.actionPlan) await db.actionPlans.put(deleted.actionPlan);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Saves the note for one section. An empty note removes the key, so notes stay
 * compact; a note longer than the limit is refused before anything is written.
 */
export async function saveSectionNote(
  assessmentId: string,
  sectionId: SectionId,
  text: string,
  now: number = Date.now(),
): Promise<void> {
  if (!isSectionId(sectionId)) throw new StorageError('invalid', `unknown section ${sectionId}`);
  if (text.length > MAX_NOTE_LENGTH)
    throw new StorageError('invalid', `note is longer than ${MAX_NOTE_LENGTH} characters`);
  try {
    await db.transaction('rw', db.assessments, async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) throw new StorageError('notFound', `No assessment ${assessmentId}`);
      const notes = { ...assessment.notes };
      if (text.trim() === '') delete notes[sectionId];
      else notes[sectionId] = text;
      if ((assessment.notes[sectionId] ?? '') === (notes[sectionId] ?? '')) return;
      await db.assessments.put(validAssessment({ ...assessment, notes, updatedAt: now }));
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
