// The complaint log (issue 17; seed 003 part 1, step 1 lists what to record about each
// complaint): who complained and how to reach them, who took it, when and through which
// channel (seeds 000 and 004 name shop, phone, e-mail, social media and website), what
// it was about, the agreed solution, fixed on the spot or else the promised date, what
// is being done, escalation (seed 002), the follow-up that checks the customer is
// satisfied, compensation, how to avoid a repeat, and the service recovery steps taken
// (seed 001's H.E.A.R.D. with seed 003's four steps for staff). Schemas and pure rules
// only; storage is src/db/complaints.ts.

import { z } from 'zod/mini';
import { isRealDate } from './calendar-date';
import { lineTextSchema, multilineTextSchema, recordIdSchema, timestampSchema } from './fields';
import { cleanMultiline } from './text';
import { DAY_MS } from './timestamps';

export const COMPLAINT_CHANNELS = [
  'inPerson',
  'phone',
  'email',
  'socialMedia',
  'website',
  'chat',
  'other',
] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** Categories every log starts with; the owner adds their own as `custom`. */
export const BUILTIN_CATEGORIES = [
  'wrongOrder',
  'lateDelivery',
  'faultyProduct',
  'staffManner',
  'waitingTime',
  'priceOrBill',
  'cleanliness',
  'other',
] as const;
export type BuiltinCategory = (typeof BUILTIN_CATEGORIES)[number];
export const COMPLAINT_CATEGORIES = [...BUILTIN_CATEGORIES, 'custom'] as const;

/**
 * The service recovery guide, in the order a conversation with an unhappy customer
 * takes: listen, show you understand, apologise, find the cause, agree a solution with
 * the customer, put it right, check back that they are satisfied, and prevent a repeat.
 */
export const RECOVERY_STEPS = [
  'listen',
  'empathise',
  'apologise',
  'findCause',
  'agreeSolution',
  'resolve',
  'checkBack',
  'preventRepeat',
] as const;
export type RecoveryStep = (typeof RECOVERY_STEPS)[number];

const COMPLAINT_STATUSES = ['open', 'resolved'] as const;

const MAX_BUSINESS_NAME = 120;
export const MAX_SUMMARY = 2000;
export const MAX_CATEGORY_NAME = 60;
export const MAX_PERSON = 120;
export const MAX_CONTACT = 200;
export const MAX_LONG_TEXT = 2000;
export const MAX_SHORT_TEXT = 500;

// Field kinds shared by the complaint log, the survey rounds and the problems worksheet.
// Text is cleaned of control and bidi-override characters (domain/text.ts) before its
// length is checked; every moment lies between 2000 and a day after now
// (domain/timestamps.ts).

/** A moment in milliseconds in the accepted range (the one rule, domain/fields.ts). */
export const timestampField = timestampSchema;

/** A real calendar date written YYYY-MM-DD. */
export const calendarDateField = z
  .string()
  .check(z.refine(isRealDate, { error: 'not a real calendar date' }));

/** One line of text (a name, a label): cleaned, trimmed, at least `min` and at most `max` long. */
export function lineField(max: number, min = 0) {
  return min > 0 ? lineTextSchema(max).check(z.minLength(min)) : lineTextSchema(max);
}

/** Text that may run over several lines (a note): cleaned, at most `max` long. */
export function multilineField(max: number, min = 0) {
  return min > 0
    ? z.string().check(
        z.overwrite((text) => cleanMultiline(text).trim()),
        z.minLength(min),
        z.maxLength(max),
      )
    : multilineTextSchema(max);
}

/**
 * The business a record belongs to: its name (required) and context, as typed, matched
 * with domain/business.ts (the one same-business rule).
 */
export const businessFields = {
  businessName: lineField(MAX_BUSINESS_NAME, 1),
  context: lineField(MAX_BUSINESS_NAME),
};

const complaintObject = z.object({
  id: recordIdSchema,
  ...businessFields,
  receivedAt: timestampField,
  channel: z.enum(COMPLAINT_CHANNELS),
  category: z.enum(COMPLAINT_CATEGORIES),
  /** The owner's own category name when `category` is `custom`; empty otherwise. */
  customCategory: lineField(MAX_CATEGORY_NAME),
  /** What the complaint was about, in the customer's terms. */
  summary: multilineField(MAX_SUMMARY, 1),
  /** Personal data: optional, and only what the owner needs to reach the customer. */
  customerName: lineField(MAX_PERSON),
  customerContact: lineField(MAX_CONTACT),
  receivedBy: lineField(MAX_PERSON),
  solution: multilineField(MAX_LONG_TEXT),
  fixedOnTheSpot: z.boolean(),
  /** When not fixed on the spot: the date promised to the customer. */
  promisedDate: z.nullable(calendarDateField),
  actionTaken: multilineField(MAX_LONG_TEXT),
  escalated: z.boolean(),
  escalatedTo: lineField(MAX_PERSON),
  followUpDate: z.nullable(calendarDateField),
  followUpHow: lineField(MAX_SHORT_TEXT),
  /** What the follow-up found: satisfied, not satisfied, or not known yet. */
  customerSatisfied: z.nullable(z.boolean()),
  compensation: lineField(MAX_SHORT_TEXT),
  prevention: multilineField(MAX_LONG_TEXT),
  recoverySteps: z.array(z.enum(RECOVERY_STEPS)).check(z.maxLength(RECOVERY_STEPS.length)),
  status: z.enum(COMPLAINT_STATUSES),
  resolvedAt: z.nullable(timestampField),
  createdAt: timestampField,
  updatedAt: timestampField,
});

type ComplaintShape = z.output<typeof complaintObject>;

/** Rules between fields; each names the field it concerns. */
function complaintIssues(complaint: ComplaintShape): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (complaint.category === 'custom' && complaint.customCategory === '')
    issues.push({ path: 'customCategory', message: 'a custom category needs a name' });
  if (complaint.category !== 'custom' && complaint.customCategory !== '')
    issues.push({ path: 'customCategory', message: 'only a custom category has a name' });
  if (complaint.fixedOnTheSpot && complaint.promisedDate !== null)
    issues.push({ path: 'promisedDate', message: 'a complaint fixed on the spot has no promise' });
  if ((complaint.status === 'resolved') !== (complaint.resolvedAt !== null))
    issues.push({
      path: 'resolvedAt',
      message: 'set exactly when the complaint is resolved',
    });
  if (complaint.resolvedAt !== null && complaint.resolvedAt < complaint.receivedAt)
    issues.push({ path: 'resolvedAt', message: 'earlier than the time it was received' });
  if (new Set(complaint.recoverySteps).size !== complaint.recoverySteps.length)
    issues.push({ path: 'recoverySteps', message: 'a step is listed twice' });
  if (complaint.updatedAt < complaint.createdAt)
    issues.push({ path: 'updatedAt', message: 'earlier than createdAt' });
  return issues;
}

export const complaintSchema = complaintObject.check(
  z.superRefine((complaint, refinement) => {
    for (const issue of complaintIssues(complaint))
      refinement.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }),
);
export type Complaint = z.output<typeof complaintSchema>;

/** The fields a person edits; the id, business and timestamps are kept by the repository. */
export type ComplaintFields = Omit<
  Complaint,
  'id' | 'businessName' | 'context' | 'status' | 'resolvedAt' | 'createdAt' | 'updatedAt'
>;

/**
 * A complaint with only the three quick-entry fields given; everything else empty.
 * @internal Exported for the tests: unit tests and the browser tests' seeded complaints
 * (tests/e2e/support/complaint-record.ts) build their records on it.
 */
export function emptyComplaintFields(
  receivedAt: number,
  quick: Pick<ComplaintFields, 'summary' | 'channel' | 'category' | 'customCategory'>,
): ComplaintFields {
  return {
    receivedAt,
    ...quick,
    customerName: '',
    customerContact: '',
    receivedBy: '',
    solution: '',
    fixedOnTheSpot: false,
    promisedDate: null,
    actionTaken: '',
    escalated: false,
    escalatedTo: '',
    followUpDate: null,
    followUpHow: '',
    customerSatisfied: null,
    compensation: '',
    prevention: '',
    recoverySteps: [],
  };
}

/** Steps in guide order, without repeats, whatever order they were ticked in. */
export function orderedSteps(steps: readonly RecoveryStep[]): RecoveryStep[] {
  const ticked = new Set(steps);
  return RECOVERY_STEPS.filter((step) => ticked.has(step));
}

/** Names compared the way people mean them: case, spacing and Unicode form ignored. */
function normalise(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * The key a complaint is counted under: a built-in category's id, or `custom:` and the
 * owner's category name (so "Parking" and " parking " are one category).
 */
export function categoryKey(complaint: Pick<Complaint, 'category' | 'customCategory'>): string {
  return complaint.category === 'custom'
    ? `custom:${normalise(complaint.customCategory)}`
    : complaint.category;
}

export function isBuiltinCategoryKey(key: string): key is BuiltinCategory {
  return (BUILTIN_CATEGORIES as readonly string[]).includes(key);
}

/**
 * The owner's own categories, by the spelling used most recently, in the order first
 * used: what the category picker offers next to the built-in ones.
 */
export function customCategories(complaints: readonly Complaint[]): string[] {
  const byKey = new Map<string, { name: string; first: number; latest: number }>();
  for (const complaint of complaints) {
    if (complaint.category !== 'custom') continue;
    const key = categoryKey(complaint);
    const entry = byKey.get(key);
    const when = complaint.receivedAt;
    if (!entry) byKey.set(key, { name: complaint.customCategory, first: when, latest: when });
    else {
      if (when < entry.first) entry.first = when;
      if (when >= entry.latest)
        Object.assign(entry, { name: complaint.customCategory, latest: when });
    }
  }
  return [...byKey.values()].sort((a, b) => a.first - b.first).map((entry) => entry.name);
}

/**
 * Who complained, for spotting repeat customers: the contact if given, else the name,
 * compared without case or spacing; null when the complaint names nobody.
 */
export function customerKey(
  complaint: Pick<Complaint, 'customerName' | 'customerContact'>,
): string | null {
  const written = normalise(complaint.customerContact);
  // A phone number is the same however it is spaced or punctuated; an address is as typed.
  const contact = written.includes('@') ? written : written.replace(/[\s().-]/g, '');
  if (contact) return `contact:${contact}`;
  const name = normalise(complaint.customerName);
  return name ? `name:${name}` : null;
}

/** What closing a complaint changes: resolved now (never before it was received). */
export function closedComplaint(complaint: Complaint, now: number): Complaint {
  if (complaint.status === 'resolved') return complaint;
  return {
    ...complaint,
    status: 'resolved',
    resolvedAt: Math.max(now, complaint.receivedAt),
    updatedAt: now,
  };
}

export function reopenedComplaint(complaint: Complaint, now: number): Complaint {
  if (complaint.status === 'open') return complaint;
  return { ...complaint, status: 'open', resolvedAt: null, updatedAt: now };
}

/** Days from receipt to resolution (fractional), or null while open. */
export function daysToResolve(
  complaint: Pick<Complaint, 'receivedAt' | 'resolvedAt'>,
): number | null {
  if (complaint.resolvedAt === null) return null;
  return (complaint.resolvedAt - complaint.receivedAt) / DAY_MS;
}

/** A promise not kept yet: open, with a promised date before `today` (YYYY-MM-DD). */
export function isPromiseOverdue(
  complaint: Pick<Complaint, 'status' | 'promisedDate'>,
  today: string,
): boolean {
  return (
    complaint.status === 'open' && complaint.promisedDate !== null && complaint.promisedDate < today
  );
}

/**
 * A complaint with edited fields. Marking it fixed on the spot resolves it at the moment
 * it was received (nothing was left to do); other edits keep its status.
 */
export function withFields(complaint: Complaint, fields: ComplaintFields, now: number): Complaint {
  const next: Complaint = { ...complaint, ...fields, updatedAt: now };
  if (fields.fixedOnTheSpot) {
    next.promisedDate = null;
    if (next.status === 'open')
      Object.assign(next, { status: 'resolved', resolvedAt: next.receivedAt });
  }
  if (next.resolvedAt !== null && next.resolvedAt < next.receivedAt)
    next.resolvedAt = next.receivedAt;
  if (next.category !== 'custom') next.customCategory = '';
  next.recoverySteps = orderedSteps(next.recoverySteps);
  return next;
}
