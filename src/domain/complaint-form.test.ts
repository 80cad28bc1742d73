import { describe, expect, it } from 'vitest';
import {
  complaintFormSchema,
  complaintFormValues,
  parseLocalDateTime,
  toLocalDateTime,
  type ComplaintFormValues,
} from './complaint-form';
import { emptyComplaintFields } from './complaints';

const NOW = new Date(2026, 2, 10, 15, 30).getTime();

function form(overrides: Partial<ComplaintFormValues> = {}): ComplaintFormValues {
  return {
    ...complaintFormValues(NOW),
    summary: 'Bread came a day late',
    channel: 'phone',
    category: 'lateDelivery',
    ...overrides,
  };
}

function errors(values: ComplaintFormValues): Record<string, string> {
  const parsed = complaintFormSchema(NOW).safeParse(values);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('local date and time fields', () => {
  it.each([
    ['2026-03-10T15:30', new Date(2026, 2, 10, 15, 30).getTime()],
    ['2026-02-29T10:00', null],
    ['2026-03-10T24:00', null],
    ['2026-03-10 15:30', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseLocalDateTime(text)).toBe(expected);
  });

  it('writes a timestamp back to the minute', () => {
    expect(toLocalDateTime(new Date(2026, 0, 5, 7, 3, 59).getTime())).toBe('2026-01-05T07:03');
  });
});

describe('complaint form', () => {
  it('three answers are enough; the rest is empty', () => {
    const fields = complaintFormSchema(NOW).parse(form());
    expect(fields).toEqual(
      emptyComplaintFields(NOW, {
        summary: 'Bread came a day late',
        channel: 'phone',
        category: 'lateDelivery',
        customCategory: '',
      }),
    );
  });

  it.each([
    [
      'nothing chosen',
      { summary: ' ', channel: '' as never, category: '' as never },
      {
        summary: 'summaryMissing',
        channel: 'channelMissing',
        category: 'categoryMissing',
      },
    ],
    ['a summary too long', { summary: 'x'.repeat(2001) }, { summary: 'summaryTooLong' }],
    [
      'a new category without a name',
      { category: 'custom' },
      { customCategory: 'categoryNameMissing' },
    ],
    [
      'a category name too long',
      { category: 'custom', customCategory: 'y'.repeat(61) },
      { customCategory: 'categoryNameTooLong' },
    ],
    ['a promise without a date', { outcome: 'promised' }, { promisedDate: 'promisedDateMissing' }],
    [
      'a promise before the complaint',
      { outcome: 'promised', promisedDate: '2026-03-09' },
      { promisedDate: 'promisedBeforeReceived' },
    ],
    [
      'a date that does not exist',
      { outcome: 'promised', promisedDate: '2026-02-30' },
      { promisedDate: 'dateInvalid' },
    ],
    [
      'a follow-up before the complaint',
      { followUpDate: '2026-03-01' },
      { followUpDate: 'followUpBeforeReceived' },
    ],
    [
      'received in the future',
      { receivedAt: '2026-03-11T09:00' },
      { receivedAt: 'receivedAtFuture' },
    ],
    [
      'received before 2000',
      { receivedAt: '1999-12-31T23:59' },
      { receivedAt: 'receivedAtInvalid' },
    ],
    ['received at no time', { receivedAt: '' }, { receivedAt: 'receivedAtInvalid' }],
    [
      'a contact too long',
      { customerContact: 'z'.repeat(201) },
      { customerContact: 'textTooLong' },
    ],
  ] as const)('explains %s', (_name, overrides, expected) => {
    expect(errors(form(overrides as Partial<ComplaintFormValues>))).toEqual(expected);
  });

  it('accepts a promise on the day it came in and a few minutes of clock difference', () => {
    expect(errors(form({ outcome: 'promised', promisedDate: '2026-03-10' }))).toEqual({});
    const fields = complaintFormSchema(NOW).parse(form({ receivedAt: '2026-03-10T15:33' }));
    expect(fields.receivedAt).toBe(NOW);
  });

  it('turns the outcome, escalation and satisfaction into fields', () => {
    const spot = complaintFormSchema(NOW).parse(
      form({ outcome: 'spot', promisedDate: '2026-03-12', customerSatisfied: 'yes' }),
    );
    expect(spot).toMatchObject({
      fixedOnTheSpot: true,
      promisedDate: null,
      customerSatisfied: true,
    });
    const promised = complaintFormSchema(NOW).parse(
      form({
        outcome: 'promised',
        promisedDate: '2026-03-12',
        escalated: false,
        escalatedTo: 'kept only when escalated',
        customerSatisfied: 'no',
        recoverySteps: ['resolve', 'listen'],
        category: 'wrongOrder',
        customCategory: 'ignored',
      }),
    );
    expect(promised).toMatchObject({
      fixedOnTheSpot: false,
      promisedDate: '2026-03-12',
      escalatedTo: '',
      customerSatisfied: false,
      recoverySteps: ['listen', 'resolve'],
      customCategory: '',
    });
  });

  it('a saved complaint fills the form and comes back unchanged', () => {
    const fields = complaintFormSchema(NOW).parse(
      form({
        outcome: 'promised',
        promisedDate: '2026-03-12',
        escalated: true,
        escalatedTo: 'Owner',
        customerName: 'Ana',
        followUpDate: '2026-03-13',
        customerSatisfied: 'yes',
        category: 'custom',
        customCategory: 'Parking',
        recoverySteps: ['listen'],
      }),
    );
    expect(complaintFormSchema(NOW).parse(complaintFormValues(NOW, fields))).toEqual(fields);
  });
});
