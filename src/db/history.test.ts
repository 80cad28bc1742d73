import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment } from './assessments';
import { deleteAllData } from './backup';
import { db } from './database';
import { deleteAssessment, restoreAssessment, saveSectionNote } from './history';
import { StorageError } from './storage-errors';

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

beforeEach(async () => {
  await deleteAllData();
});

describe('delete with undo', () => {
  it('removes the assessment and its plan, and undo puts back exactly the same records', async () => {
    const id = await createAssessment(
      { businessName: 'Corner Bakery', respondent: 'Ana', context: '' },
      'en',
      T0 + 100,
    );
    const other = await createAssessment(
      { businessName: 'Other', respondent: '', context: '' },
      'en',
    );
    await db.actionPlans.add({
      assessmentId: id,
      goals: [],
      nextAuditDate: null,
      updatedAt: T0 + 5,
    });
    const assessmentBefore = await db.assessments.get(id);
    const planBefore = await db.actionPlans.get(id);

    const deleted = await deleteAssessment(id);
    expect(deleted.assessment.businessName).toBe('Corner Bakery');
    expect(await db.assessments.get(id)).toBeUndefined();
    expect(await db.actionPlans.get(id)).toBeUndefined();
    expect(await db.assessments.get(other)).toBeDefined();

    await restoreAssessment(deleted);
    expect(await db.assessments.get(id)).toEqual(assessmentBefore);
    expect(await db.actionPlans.get(id)).toEqual(planBefore);
  });

  it('reports an unknown id as notFound and deletes nothing', async () => {
    await createAssessment({ businessName: 'Keep', respondent: '', context: '' }, 'en');
    await expect(deleteAssessment('nope')).rejects.toMatchObject({ kind: 'notFound' });
    expect(await db.assessments.count()).toBe(1);
  });
});

describe('section notes', () => {
  it('saves, replaces and clears one section note without touching the others', async () => {
    const id = await createAssessment(
      { businessName: '', respondent: '', context: '' },
      'fa',
      T0 + 1,
    );
    await saveSectionNote(id, 'culture', 'یادداشت درباره فرهنگ', T0 + 10);
    await saveSectionNote(id, 'staff', 'Train the new hires', T0 + 11);
    expect((await db.assessments.get(id))!).toMatchObject({
      notes: { culture: 'یادداشت درباره فرهنگ', staff: 'Train the new hires' },
      updatedAt: T0 + 11,
    });
    await saveSectionNote(id, 'culture', '   ', T0 + 12);
    expect((await db.assessments.get(id))!.notes).toEqual({ staff: 'Train the new hires' });
  });

  it('does not touch updatedAt when the note did not change', async () => {
    const id = await createAssessment(
      { businessName: '', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    await saveSectionNote(id, 'feedback', 'same', T0 + 10);
    await saveSectionNote(id, 'feedback', 'same', T0 + 20);
    expect((await db.assessments.get(id))!.updatedAt).toBe(T0 + 10);
  });

  it.each([
    ['a note over 5000 characters', 'culture', 'x'.repeat(5001)],
    ['an unknown section', 'marketing', 'x'],
  ])('refuses %s before writing', async (_label, sectionId, text) => {
    const id = await createAssessment(
      { businessName: '', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    const before = await db.assessments.get(id);
    const attempt = saveSectionNote(id, sectionId as 'culture', text, T0 + 9);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'invalid' });
    expect(await db.assessments.get(id)).toEqual(before);
  });
});
