import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ITEM_IDS, firstUnansweredItem } from '../domain/instrument';
import { scoreAnswers } from '../domain/scoring';
import { createAssessment, createRetake, saveAnswer } from './assessments';
import { db, openDatabase } from './database';
import { CentricityDB } from './schema';
import { StorageError } from './storage-errors';

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

beforeEach(async () => {
  expect(await openDatabase()).toEqual({ mode: 'persistent' });
  await db.assessments.clear();
});

afterEach(() => {
  // nothing: the database stays open between tests, like in the app
});

describe('assessment storage', () => {
  it('remembers the workshop invite an assessment was started from', async () => {
    const invite = { tag: 'K7QX', workshopName: 'Evening class' };
    const id = await createAssessment(
      { businessName: '', respondent: 'Seat 12', context: '' },
      'en',
      T0,
      invite,
    );
    expect(await db.assessments.get(id)).toMatchObject({ respondent: 'Seat 12', invite });
    const plain = await createAssessment(
      { businessName: '', respondent: '', context: '' },
      'en',
      T0,
    );
    expect(await db.assessments.get(plain)).not.toHaveProperty('invite');
    await expect(
      createAssessment({ businessName: '', respondent: '', context: '' }, 'en', T0, {
        tag: 'nope',
        workshopName: '',
      }),
    ).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('creates, answers, survives a reopen, resumes and completes', async () => {
    const id = await createAssessment(
      { businessName: 'Kedai Runcit Aminah', respondent: 'Aminah', context: 'BUS 101' },
      'ms',
      T0 + 1_000,
    );
    // Answer the first 12 statements: the middle of section 4 (knowledge).
    for (const [index, itemId] of ITEM_IDS.slice(0, 12).entries()) {
      await saveAnswer(id, itemId, (index % 5) + 1, T0 + 2_000 + index);
    }

    // A fresh connection, as after a page reload.
    const reopened = new CentricityDB();
    const stored = await reopened.assessments.get(id);
    reopened.close();
    expect(stored).toMatchObject({
      businessName: 'Kedai Runcit Aminah',
      respondent: 'Aminah',
      context: 'BUS 101',
      locale: 'ms',
      createdAt: T0 + 1_000,
      updatedAt: T0 + 2_011,
      completedAt: null,
    });
    expect(Object.keys(stored!.answers)).toHaveLength(12);
    expect(firstUnansweredItem(stored!.answers)).toBe('knowledge.2');

    for (const itemId of ITEM_IDS.slice(12)) await saveAnswer(id, itemId, 4, T0 + 3_000);
    const done = await db.assessments.get(id);
    expect(done!.completedAt).toBe(T0 + 3_000);
    expect(scoreAnswers(done!.answers).complete).toBe(true);
  });

  it('changing an answer keeps the completion time', async () => {
    const id = await createAssessment(
      { businessName: '', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    for (const itemId of ITEM_IDS) await saveAnswer(id, itemId, 3, T0 + 10);
    await saveAnswer(id, 'culture.1', 5, T0 + 20);
    const stored = await db.assessments.get(id);
    expect(stored!.completedAt).toBe(T0 + 10);
    expect(stored!.answers['culture.1']).toBe(5);
    expect(stored!.updatedAt).toBe(T0 + 20);
  });

  it.each([
    ['culture.5', 3, 'unknown statement'],
    ['culture.1', 0, 'out of range'],
    ['culture.1', 6, 'out of range'],
    ['culture.1', 2.5, 'whole number'],
    ['__proto__', 3, 'unknown statement'],
  ])('rejects %s = %s before writing', async (itemId, value, message) => {
    const id = await createAssessment(
      { businessName: 'x', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    const before = await db.assessments.get(id);
    const attempt = saveAnswer(id, itemId, value);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.assessments.get(id)).toEqual(before);
  });

  it('reports an unknown assessment as notFound', async () => {
    await expect(saveAnswer('nope', 'culture.1', 3)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('trims and limits names', async () => {
    const id = await createAssessment(
      { businessName: '  Café  ', respondent: '', context: '' },
      'sk',
    );
    expect((await db.assessments.get(id))!.businessName).toBe('Café');
    const before = await db.assessments.count();
    await expect(
      createAssessment({ businessName: 'x'.repeat(121), respondent: '', context: '' }, 'en'),
    ).rejects.toMatchObject({ name: 'StorageError', kind: 'invalid' });
    expect(await db.assessments.count()).toBe(before);
    // 120 characters is the limit, not over it.
    await expect(
      createAssessment({ businessName: 'x'.repeat(120), respondent: '', context: '' }, 'en'),
    ).resolves.toEqual(expect.any(String));
  });

  it('keeps the optional course fields trimmed, and only when given', async () => {
    const base = { businessName: 'Shop', respondent: 'Ana', context: 'BUS 210' };
    const withCourse = await createAssessment(
      { ...base, instructor: '  Dr. Rahman ', studentId: ' S-1234 ' },
      'en',
    );
    expect(await db.assessments.get(withCourse)).toMatchObject({
      instructor: 'Dr. Rahman',
      studentId: 'S-1234',
    });
    const without = await createAssessment({ ...base, instructor: '', studentId: '  ' }, 'en');
    const stored = (await db.assessments.get(without))!;
    expect('instructor' in stored || 'studentId' in stored).toBe(false);
    await expect(
      createAssessment({ ...base, instructor: 'x'.repeat(121) }, 'en'),
    ).rejects.toThrow();
    // A re-take carries the course fields over.
    const retake = await createRetake(withCourse, 'en');
    expect(await db.assessments.get(retake)).toMatchObject({
      instructor: 'Dr. Rahman',
      studentId: 'S-1234',
    });
  });
});
