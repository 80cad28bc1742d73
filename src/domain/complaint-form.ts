// What a person types into the complaint form (all strings and ticks, as form fields
// give them), checked and turned into a complaint's fields. Quick entry needs three
// answers: what it was about, the channel and the category; everything else is
// optional. Each problem is a code under "form.errors" in the complaints namespace.

import { z } from 'zod/mini';
import { isoDate, isRealDate } from './calendar-date';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  MAX_CATEGORY_NAME,
  MAX_CONTACT,
  MAX_LONG_TEXT,
  MAX_PERSON,
  MAX_SHORT_TEXT,
  MAX_SUMMARY,
  RECOVERY_STEPS,
  orderedSteps,
  type Complaint,
  type ComplaintFields,
} from './complaints';

const COMPLAINT_FORM_ERRORS = [
  'summaryMissing',
  'summaryTooLong',
  'channelMissing',
  'categoryMissing',
  'categoryNameMissing',
  'categoryNameTooLong',
  'promisedDateMissing',
  'dateInvalid',
  'promisedBeforeReceived',
  'followUpBeforeReceived',
  'receivedAtInvalid',
  'receivedAtFuture',
  'textTooLong',
] as const;
export type ComplaintFormError = (typeof COMPLAINT_FORM_ERRORS)[number];

export function isComplaintFormError(value: unknown): value is ComplaintFormError {
  return typeof value === 'string' && (COMPLAINT_FORM_ERRORS as readonly string[]).includes(value);
}

export const OUTCOMES = ['pending', 'spot', 'promised'] as const;
export const SATISFACTION_ANSWERS = ['unknown', 'yes', 'no'] as const;

const EARLIEST = new Date(2000, 0, 1).getTime();
/** A device clock a little behind another one must not refuse "now". */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * `YYYY-MM-DDTHH:mm` (a datetime-local field) in local time, or null.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function parseLocalDateTime(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute);
  const roundTrip =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  return roundTrip ? date.getTime() : null;
}

/** A timestamp as a datetime-local field value (local time, to the minute). */
export function toLocalDateTime(timestamp: number): string {
  const date = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const optionalText = (max: number) =>
  z.string().check(z.maxLength(max, { error: 'textTooLong' satisfies ComplaintFormError }));
const optionalDate = z.string().check(
  z.refine((value) => value === '' || isRealDate(value), {
    error: 'dateInvalid' satisfies ComplaintFormError,
  }),
);

/**
 * The form's schema, checked against `now` (a complaint cannot come in the future).
 * Its output is a complaint's fields, ready for the repository.
 */
export function complaintFormSchema(now: number) {
  const fields = z.object({
    summary: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: 'summaryMissing' satisfies ComplaintFormError }),
        z.maxLength(MAX_SUMMARY, { error: 'summaryTooLong' satisfies ComplaintFormError }),
      ),
    channel: z.enum(COMPLAINT_CHANNELS, {
      error: 'channelMissing' satisfies ComplaintFormError,
    }),
    category: z.enum(COMPLAINT_CATEGORIES, {
      error: 'categoryMissing' satisfies ComplaintFormError,
    }),
    customCategory: z.string().check(
      z.trim(),
      z.maxLength(MAX_CATEGORY_NAME, {
        error: 'categoryNameTooLong' satisfies ComplaintFormError,
      }),
    ),
    outcome: z.enum(OUTCOMES),
    promisedDate: optionalDate,
    escalated: z.boolean(),
    escalatedTo: optionalText(MAX_PERSON),
    customerName: optionalText(MAX_PERSON),
    customerContact: optionalText(MAX_CONTACT),
    receivedBy: optionalText(MAX_PERSON),
    receivedAt: z.string(),
    solution: optionalText(MAX_LONG_TEXT),
    actionTaken: optionalText(MAX_LONG_TEXT),
    compensation: optionalText(MAX_SHORT_TEXT),
    followUpDate: optionalDate,
    followUpHow: optionalText(MAX_SHORT_TEXT),
    customerSatisfied: z.enum(SATISFACTION_ANSWERS),
    prevention: optionalText(MAX_LONG_TEXT),
    recoverySteps: z.array(z.enum(RECOVERY_STEPS)),
  });
  const checked = fields.check(
    z.superRefine((form, context) => {
      const fail = (path: string, error: ComplaintFormError) =>
        context.addIssue({ code: 'custom', path: [path], message: error });
      if (form.category === 'custom' && form.customCategory === '')
        fail('customCategory', 'categoryNameMissing');
      if (form.outcome === 'promised' && form.promisedDate === '')
        fail('promisedDate', 'promisedDateMissing');
      const received = parseLocalDateTime(form.receivedAt);
      if (received === null || received < EARLIEST) fail('receivedAt', 'receivedAtInvalid');
      else if (received > now + CLOCK_SLACK_MS) fail('receivedAt', 'receivedAtFuture');
      if (received === null) return;
      const receivedDay = isoDate(new Date(received));
      if (
        form.outcome === 'promised' &&
        isRealDate(form.promisedDate) &&
        form.promisedDate < receivedDay
      )
        fail('promisedDate', 'promisedBeforeReceived');
      if (isRealDate(form.followUpDate) && form.followUpDate < receivedDay)
        fail('followUpDate', 'followUpBeforeReceived');
    }),
  );
  return z.pipe(
    checked,
    z.transform((form): ComplaintFields => ({
      receivedAt: Math.min(parseLocalDateTime(form.receivedAt) ?? now, now),
      channel: form.channel,
      category: form.category,
      customCategory: form.category === 'custom' ? form.customCategory : '',
      summary: form.summary,
      customerName: form.customerName.trim(),
      customerContact: form.customerContact.trim(),
      receivedBy: form.receivedBy.trim(),
      solution: form.solution.trim(),
      fixedOnTheSpot: form.outcome === 'spot',
      promisedDate: form.outcome === 'promised' ? form.promisedDate : null,
      actionTaken: form.actionTaken.trim(),
      escalated: form.escalated,
      escalatedTo: form.escalated ? form.escalatedTo.trim() : '',
      followUpDate: form.followUpDate === '' ? null : form.followUpDate,
      followUpHow: form.followUpHow.trim(),
      customerSatisfied:
        form.customerSatisfied === 'unknown' ? null : form.customerSatisfied === 'yes',
      compensation: form.compensation.trim(),
      prevention: form.prevention.trim(),
      recoverySteps: orderedSteps(form.recoverySteps),
    })),
  );
}

export type ComplaintFormValues = z.input<ReturnType<typeof complaintFormSchema>>;

/** An empty form (received now), or a saved complaint's values to edit. */
export function complaintFormValues(
  now: number,
  complaint?: Pick<Complaint, keyof ComplaintFields>,
): ComplaintFormValues {
  if (!complaint)
    return {
      summary: '',
      channel: '' as never,
      category: '' as never,
      customCategory: '',
      outcome: 'pending',
      promisedDate: '',
      escalated: false,
      escalatedTo: '',
      customerName: '',
      customerContact: '',
      receivedBy: '',
      receivedAt: toLocalDateTime(now),
      solution: '',
      actionTaken: '',
      compensation: '',
      followUpDate: '',
      followUpHow: '',
      customerSatisfied: 'unknown',
      prevention: '',
      recoverySteps: [],
    };
  return {
    summary: complaint.summary,
    channel: complaint.channel,
    category: complaint.category,
    customCategory: complaint.customCategory,
    outcome: complaint.fixedOnTheSpot ? 'spot' : complaint.promisedDate ? 'promised' : 'pending',
    promisedDate: complaint.promisedDate ?? '',
    escalated: complaint.escalated,
    escalatedTo: complaint.escalatedTo,
    customerName: complaint.customerName,
    customerContact: complaint.customerContact,
    receivedBy: complaint.receivedBy,
    receivedAt: toLocalDateTime(complaint.receivedAt),
    solution: complaint.solution,
    actionTaken: complaint.actionTaken,
    compensation: complaint.compensation,
    followUpDate: complaint.followUpDate ?? '',
    followUpHow: complaint.followUpHow,
    customerSatisfied:
      complaint.customerSatisfied === null ? 'unknown' : complaint.customerSatisfied ? 'yes' : 'no',
    prevention: complaint.prevention,
    recoverySteps: [...complaint.recoverySteps],
  };
}
