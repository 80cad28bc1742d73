import { describe, expect, it } from 'vitest';
import {
  MAX_CATEGORY_NAME,
  MAX_SUMMARY,
  RECOVERY_STEPS,
  categoryKey,
  closedComplaint,
  complaintSchema,
  customCategories,
  customerKey,
  daysToResolve,
  emptyComplaintFields,
  isPromiseOverdue,
  orderedSteps,
  reopenedComplaint,
  withFields,
  type Complaint,
} from './complaints';

const RECEIVED = new Date(2026, 2, 3, 10, 0).getTime();

function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'c1',
    businessName: 'Corner Bakery',
    context: '',
    ...emptyComplaintFields(RECEIVED, {
      summary: 'The cake I ordered had the wrong name on it',
      channel: 'inPerson',
      category: 'wrongOrder',
      customCategory: '',
    }),
    status: 'open',
    resolvedAt: null,
    createdAt: RECEIVED,
    updatedAt: RECEIVED,
    ...overrides,
  };
}

function problemsOf(value: unknown): string[] {
  const parsed = complaintSchema.safeParse(value);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
}

describe('complaint schema', () => {
  it('accepts a quick entry (three fields) and a fully filled complaint', () => {
    expect(problemsOf(complaint())).toEqual([]);
    expect(
      problemsOf(
        complaint({
          customerName: 'Ana Novak',
          customerContact: '+421 900 123 456',
          receivedBy: 'Peter',
          solution: 'New cake with the right name by Friday',
          promisedDate: '2026-03-06',
          actionTaken: 'Baker told; order form changed',
          escalated: true,
          escalatedTo: 'Owner',
          followUpDate: '2026-03-07',
          followUpHow: 'Phone call',
          customerSatisfied: true,
          compensation: '10 % off the next order',
          prevention: 'Read the name back to the customer when taking the order',
          recoverySteps: ['listen', 'apologise', 'resolve'],
          status: 'resolved',
          resolvedAt: RECEIVED + 3 * 86_400_000,
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['empty summary', { summary: '   ' }, 'summary: too_small'],
    ['summary over the limit', { summary: 'x'.repeat(MAX_SUMMARY + 1) }, 'summary: too_big'],
    ['no business', { businessName: ' ' }, 'businessName: too_small'],
    ['unknown channel', { channel: 'fax' }, 'channel: invalid_value'],
    ['unknown category', { category: 'weather' }, 'category: invalid_value'],
    ['custom category without a name', { category: 'custom' }, 'customCategory: custom'],
    ['a name on a built-in category', { customCategory: 'Parking' }, 'customCategory: custom'],
    [
      'custom category name over the limit',
      { category: 'custom', customCategory: 'p'.repeat(MAX_CATEGORY_NAME + 1) },
      'customCategory: too_big',
    ],
    ['a time before 2000', { receivedAt: Date.UTC(1999, 11, 31) }, 'receivedAt: custom'],
    [
      'a time more than a day ahead',
      { receivedAt: Date.now() + 2 * 86_400_000 },
      'receivedAt: custom',
    ],
    ['fractional time', { receivedAt: 1.5 }, 'receivedAt: custom'],
    ['promised date not a date', { promisedDate: '6 March' }, 'promisedDate: custom'],
    ['promised date not a real day', { promisedDate: '2026-02-30' }, 'promisedDate: custom'],
    [
      'fixed on the spot with a promise',
      { fixedOnTheSpot: true, promisedDate: '2026-03-06' },
      'promisedDate: custom',
    ],
    ['resolved without a time', { status: 'resolved' }, 'resolvedAt: custom'],
    ['open with a resolution time', { resolvedAt: RECEIVED }, 'resolvedAt: custom'],
    [
      'resolved before it came in',
      { status: 'resolved', resolvedAt: RECEIVED - 1 },
      'resolvedAt: custom',
    ],
    ['unknown recovery step', { recoverySteps: ['shout'] }, 'recoverySteps.0: invalid_value'],
    ['a step twice', { recoverySteps: ['listen', 'listen'] }, 'recoverySteps: custom'],
    ['satisfied as text', { customerSatisfied: 'yes' }, 'customerSatisfied: invalid_type'],
    ['updated before created', { updatedAt: RECEIVED - 1 }, 'updatedAt: custom'],
    ['an unknown field is dropped, not kept', { colour: 'red' }, null],
  ])('%s', (_name, overrides, expected) => {
    const problems = problemsOf({ ...complaint(), ...overrides });
    if (expected === null) {
      expect(problems).toEqual([]);
      expect(complaintSchema.parse({ ...complaint(), ...overrides })).not.toHaveProperty('colour');
    } else expect(problems).toContain(expected);
  });

  it('trims the summary and category name', () => {
    const parsed = complaintSchema.parse(
      complaint({ summary: '  Cold soup  ', category: 'custom', customCategory: ' Parking ' }),
    );
    expect(parsed.summary).toBe('Cold soup');
    expect(parsed.customCategory).toBe('Parking');
  });
});

describe('complaint rules', () => {
  it.each([
    [{ category: 'wrongOrder', customCategory: '' }, 'wrongOrder'],
    [{ category: 'custom', customCategory: 'Parking' }, 'custom:parking'],
    [{ category: 'custom', customCategory: '  PARKING   lot ' }, 'custom:parking lot'],
    [{ category: 'custom', customCategory: 'Parkovanie' }, 'custom:parkovanie'],
  ] as const)('category key of %o is %s', (fields, key) => {
    expect(categoryKey(fields)).toBe(key);
  });

  it.each([
    [{ customerName: '', customerContact: '' }, null],
    [{ customerName: 'Ana', customerContact: '' }, 'name:ana'],
    [{ customerName: ' ana  ', customerContact: '' }, 'name:ana'],
    [{ customerName: 'Ana', customerContact: '+421 (900) 123-456' }, 'contact:+421900123456'],
    [{ customerName: 'Someone else', customerContact: '+421900123456' }, 'contact:+421900123456'],
    [{ customerName: '', customerContact: 'Ana@Example.com ' }, 'contact:ana@example.com'],
  ])('customer key of %o is %s', (fields, key) => {
    expect(customerKey(fields)).toBe(key);
  });

  it('lists the owner’s own categories by their latest spelling, in first-use order', () => {
    const list = [
      complaint({ id: 'a', category: 'custom', customCategory: 'parking', receivedAt: 3 }),
      complaint({ id: 'b', category: 'custom', customCategory: 'Music', receivedAt: 2 }),
      complaint({ id: 'c', category: 'custom', customCategory: 'Parking', receivedAt: 5 }),
      complaint({ id: 'd', receivedAt: 1 }),
    ];
    expect(customCategories(list)).toEqual(['Music', 'Parking']);
    expect(customCategories([])).toEqual([]);
  });

  it('closes at the given time, never before it came in, and reopens', () => {
    const open = complaint();
    const closed = closedComplaint(open, RECEIVED + 86_400_000);
    expect(closed).toMatchObject({ status: 'resolved', resolvedAt: RECEIVED + 86_400_000 });
    expect(daysToResolve(closed)).toBe(1);
    // A clock behind the receipt time (entered for later) still gives zero days.
    expect(closedComplaint(open, RECEIVED - 5_000).resolvedAt).toBe(RECEIVED);
    // Closing twice keeps the first resolution time.
    expect(closedComplaint(closed, RECEIVED + 9e9)).toBe(closed);
    const reopened = reopenedComplaint(closed, RECEIVED + 2 * 86_400_000);
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null });
    expect(daysToResolve(reopened)).toBeNull();
    expect(complaintSchema.safeParse(closed).success).toBe(true);
    expect(complaintSchema.safeParse(reopened).success).toBe(true);
  });

  it('fixed on the spot resolves at receipt and drops a promise; other edits keep status', () => {
    const base = complaint({ promisedDate: '2026-03-10' });
    const fields = { ...base, fixedOnTheSpot: true };
    const fixed = withFields(base, fields, RECEIVED + 60_000);
    expect(fixed).toMatchObject({
      status: 'resolved',
      resolvedAt: RECEIVED,
      promisedDate: null,
      updatedAt: RECEIVED + 60_000,
    });
    expect(daysToResolve(fixed)).toBe(0);
    const edited = withFields(base, { ...base, solution: 'Refund' }, RECEIVED + 1);
    expect(edited).toMatchObject({
      status: 'open',
      solution: 'Refund',
      promisedDate: '2026-03-10',
    });
    // Moving the receipt time after the resolution keeps the record valid.
    const moved = withFields(fixed, { ...fixed, receivedAt: RECEIVED + 5_000 }, RECEIVED + 9_000);
    expect(moved.resolvedAt).toBe(RECEIVED + 5_000);
    expect(complaintSchema.safeParse(moved).success).toBe(true);
  });

  it('keeps recovery steps in guide order without repeats', () => {
    expect(orderedSteps(['resolve', 'listen', 'resolve'])).toEqual(['listen', 'resolve']);
    expect(orderedSteps([...RECOVERY_STEPS].reverse())).toEqual([...RECOVERY_STEPS]);
  });

  it.each([
    ['open, promise passed', { promisedDate: '2026-03-09' }, true],
    ['open, promise today', { promisedDate: '2026-03-10' }, false],
    ['open, no promise', {}, false],
    [
      'resolved, promise passed',
      { promisedDate: '2026-03-09', status: 'resolved' as const, resolvedAt: RECEIVED },
      false,
    ],
  ])('overdue promise: %s', (_name, overrides, expected) => {
    expect(isPromiseOverdue(complaint(overrides), '2026-03-10')).toBe(expected);
  });
});
