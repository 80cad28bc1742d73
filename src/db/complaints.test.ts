import { beforeEach, describe, expect, it } from 'vitest';
import { emptyComplaintFields, type ComplaintFields } from '../domain/complaints';
import {
  addComplaint,
  closeComplaint,
  complaintsOf,
  deleteComplaint,
  reopenComplaint,
  restoreComplaint,
  setRecoveryStep,
  updateComplaint,
} from './complaints';
import {
  addCustomerSurvey,
  customerSurveysOf,
  deleteCustomerSurvey,
  restoreCustomerSurvey,
  updateCustomerSurvey,
} from './customer-surveys';
import { db, openDatabase } from './database';
import { knownBusinesses } from './businesses';
import { recordsSummaryOf } from './records-summary';
import { createAssessment } from './assessments';
import { StorageError } from './storage-errors';

const DAY = 86_400_000;
const biz = (businessName: string, context = '') => ({ businessName, context });
const T0 = new Date(2026, 2, 3, 10, 0).getTime();

function quick(summary: string, overrides: Partial<ComplaintFields> = {}): ComplaintFields {
  return {
    ...emptyComplaintFields(T0, {
      summary,
      channel: 'phone',
      category: 'lateDelivery',
      customCategory: '',
    }),
    ...overrides,
  };
}

beforeEach(async () => {
  expect(await openDatabase()).toEqual({ mode: 'persistent' });
  await Promise.all(
    [db.complaints, db.customerSurveys, db.problems, db.assessments].map((t) => t.clear()),
  );
});

describe('complaint log repository', () => {
  it('logs a quick entry as open with everything else empty', async () => {
    const id = await addComplaint(biz('  Corner Bakery '), quick('Bread came a day late'), T0 + 5);
    expect(await db.complaints.get(id)).toEqual({
      id,
      businessName: 'Corner Bakery',
      context: '',
      ...quick('Bread came a day late'),
      status: 'open',
      resolvedAt: null,
      createdAt: T0 + 5,
      updatedAt: T0 + 5,
    });
  });

  it('a complaint fixed on the spot is resolved at once, in zero time', async () => {
    const id = await addComplaint(
      biz('Corner Bakery'),
      quick('Wrong change', { fixedOnTheSpot: true }),
    );
    expect(await db.complaints.get(id)).toMatchObject({ status: 'resolved', resolvedAt: T0 });
  });

  it('refuses an invalid complaint and writes nothing', async () => {
    await expect(addComplaint(biz('Corner Bakery'), quick('   '))).rejects.toMatchObject({
      kind: 'invalid',
    });
    await expect(addComplaint(biz(''), quick('Late'))).rejects.toBeInstanceOf(StorageError);
    await expect(
      addComplaint(biz('Corner Bakery'), quick('Late', { category: 'custom', customCategory: '' })),
    ).rejects.toThrow(/customCategory/);
    expect(await db.complaints.count()).toBe(0);
  });

  it('edits, ticks steps, closes, reopens; a failed edit leaves the record as it was', async () => {
    const id = await addComplaint(biz('Corner Bakery'), quick('Cake had the wrong name'), T0);
    await updateComplaint(
      id,
      quick('Cake had the wrong name', {
        customerName: 'Ana',
        promisedDate: '2026-03-06',
        escalated: true,
        escalatedTo: 'Owner',
      }),
      T0 + 1_000,
    );
    await setRecoveryStep(id, 'resolve', true, T0 + 2_000);
    await setRecoveryStep(id, 'listen', true, T0 + 3_000);
    await setRecoveryStep(id, 'apologise', true, T0 + 4_000);
    await setRecoveryStep(id, 'resolve', false, T0 + 5_000);
    expect(await db.complaints.get(id)).toMatchObject({
      customerName: 'Ana',
      promisedDate: '2026-03-06',
      escalatedTo: 'Owner',
      recoverySteps: ['listen', 'apologise'],
      updatedAt: T0 + 5_000,
    });

    const before = await db.complaints.get(id);
    await expect(updateComplaint(id, quick('x'.repeat(3000)), T0 + 6_000)).rejects.toMatchObject({
      kind: 'invalid',
    });
    expect(await db.complaints.get(id)).toEqual(before);

    await closeComplaint(id, T0 + 2 * DAY);
    expect(await db.complaints.get(id)).toMatchObject({
      status: 'resolved',
      resolvedAt: T0 + 2 * DAY,
    });
    await reopenComplaint(id, T0 + 3 * DAY);
    expect(await db.complaints.get(id)).toMatchObject({ status: 'open', resolvedAt: null });
    await expect(closeComplaint('nope')).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('deletes with undo: the same record comes back', async () => {
    const id = await addComplaint(biz('Corner Bakery'), quick('Cold coffee'), T0);
    await setRecoveryStep(id, 'listen', true, T0 + 1);
    const stored = await db.complaints.get(id);
    const removed = await deleteComplaint(id);
    expect(removed).toEqual(stored);
    expect(await db.complaints.count()).toBe(0);
    await restoreComplaint(removed);
    expect(await db.complaints.get(id)).toEqual(stored);
  });

  it('keeps each business’s log apart by the same-business rule, newest first', async () => {
    await addComplaint(biz('Corner Bakery'), quick('First', { receivedAt: T0 }));
    await addComplaint(biz(' corner bakery'), quick('Second', { receivedAt: T0 + DAY }));
    await addComplaint(biz('Harbour Café'), quick('Elsewhere'));
    expect((await complaintsOf(biz('CORNER BAKERY '))).map((c) => c.summary)).toEqual([
      'Second',
      'First',
    ]);
    expect(await complaintsOf(biz('Unknown'))).toEqual([]);
  });
});

describe('customer survey repository', () => {
  const fields = {
    date: '2026-03-31',
    label: 'Receipts QR code',
    csat: { responses: 20, satisfied: 17 },
    nps: null,
    note: '',
  };

  it('adds, edits, deletes with undo and refuses impossible counts', async () => {
    const id = await addCustomerSurvey(biz('Corner Bakery'), fields, T0);
    await updateCustomerSurvey(id, { ...fields, label: 'March' }, T0 + 1);
    expect(await customerSurveysOf(biz('corner bakery'))).toMatchObject([
      { id, label: 'March', createdAt: T0, updatedAt: T0 + 1 },
    ]);
    await expect(
      updateCustomerSurvey(id, { ...fields, csat: { responses: 2, satisfied: 3 } }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      addCustomerSurvey(biz('Corner Bakery'), { ...fields, csat: null }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    const removed = await deleteCustomerSurvey(id);
    expect(await db.customerSurveys.count()).toBe(0);
    await restoreCustomerSurvey(removed);
    expect(await db.customerSurveys.get(id)).toEqual(removed);
  });
});

describe('businesses and the records summary', () => {
  it('merges names from assessments and records, latest spelling and activity first', async () => {
    await createAssessment(
      { businessName: 'corner bakery', respondent: '', context: '' },
      'en',
      T0 + 1,
    );
    await createAssessment({ businessName: '', respondent: '', context: '' }, 'en', T0 + 2);
    await createAssessment({ businessName: '', respondent: '', context: 'MBA' }, 'en', T0 + 2);
    await createAssessment(
      { businessName: 'Corner Bakery', respondent: '', context: 'MBA' },
      'en',
      T0 + 5,
    );
    await addComplaint(biz('Harbour Café'), quick('Late'), T0 + 3);
    await addComplaint(biz('Corner  Bakery '), quick('Late'), T0 + 4);
    expect(await knownBusinesses()).toEqual([
      { businessName: 'Corner Bakery', context: 'MBA', latest: T0 + 5 },
      { businessName: 'Corner Bakery', context: '', latest: T0 + 4 },
      { businessName: 'Harbour Café', context: '', latest: T0 + 3 },
    ]);
  });

  it('summarises the last 90 days of one business', async () => {
    const now = T0 + 30 * DAY;
    const a = await addComplaint(
      biz('Corner Bakery'),
      quick('A', { receivedAt: now - 10 * DAY }),
      now - 10 * DAY,
    );
    await closeComplaint(a, now - 8 * DAY);
    await addComplaint(biz('Corner Bakery'), quick('B', { receivedAt: now - DAY }));
    await addComplaint(biz('Corner Bakery'), quick('Old', { receivedAt: now - 200 * DAY }));
    await addComplaint(biz('Harbour Café'), quick('Not this one', { receivedAt: now - DAY }));
    await addCustomerSurvey(biz('Corner Bakery'), {
      date: '2026-03-20',
      label: '',
      csat: null,
      nps: { counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] },
      note: '',
    });
    const summary = await recordsSummaryOf(biz('corner bakery'), now);
    expect(summary.complaints).toMatchObject({ count: 2, resolved: 1, medianDaysToResolve: 2 });
    expect(summary).toMatchObject({ openNow: 2, loggedEver: 3, surveyRounds: 1 });
    expect(summary.latestSurvey?.nps).toBe(100);
  });
});
