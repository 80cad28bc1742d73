// A realistic set of stored data, written through the app's own backup import: a business
// audited twice (the later one a re-take with a plan and a note), an unfinished audit and
// a workshop with three participants. Names are parameters, so the same data can carry a
// Latin name into Persian screens or 120-character names without spaces into any screen.
import type { Page } from '@playwright/test';
import type { Complaint } from '../../../src/domain/complaints';
import { ITEM_IDS } from '../../../src/domain/instrument';
import { SettingsPage } from '../pages/settings-page';
import { complaintRecord } from './complaint-record';

type Names = { business: string; respondent: string; context: string; workshop: string };
/** Also seed the business's complaint log, a customer survey round and the worksheet. */
type Options = { records?: boolean };

const DAY = 24 * 60 * 60 * 1000;

function answersFor(pattern: readonly number[]) {
  return Object.fromEntries(ITEM_IDS.map((id, index) => [id, pattern[index % pattern.length]!]));
}

/** Ids of the seeded records, for opening their screens. */
export const SEEDED = {
  previous: 'seed-previous',
  latest: 'seed-latest',
  unfinished: 'seed-unfinished',
  workshop: 'seed-workshop',
  complaint: 'seed-complaint-open',
} as const;

/** The seeded top problem, for finding it on screens and in the report. */
export const SEEDED_PROBLEM = 'Card reader fails at lunchtime';

export const GOAL_UNIT = '% of calls answered within 2 minutes';
export const ENGLISH_NOTE = 'Call back every complaint within a day.';

/** Three complaints (one open with a promise, one fixed on the spot, one of the owner's own
 * category), a survey round and three ranked problems of the seeded business. */
function seedRecords(names: Names, now: number) {
  const business = { businessName: names.business, context: names.context };
  const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
  const complaint = (
    id: string,
    receivedAt: number,
    fields: Partial<Omit<Complaint, 'status'>> = {},
    resolvedAt: number | null = null,
  ) =>
    complaintRecord({
      id,
      ...business,
      receivedAt,
      resolvedAt,
      category: 'wrongOrder',
      summary: `${names.respondent}: the order was wrong`,
      customerName: names.respondent,
      receivedBy: names.respondent,
      ...fields,
    });
  const problem = (index: number, title: string, frequency: number, cost: number) => ({
    id: `seed-problem-${index}`,
    ...business,
    title,
    source: 'staff',
    categoryKey: null,
    frequency,
    cost,
    concrete: true,
    note: '',
    goal: null,
    createdAt: now - DAY + index,
    updatedAt: now - DAY + index,
  });
  return {
    complaints: [
      complaint(SEEDED.complaint, now - 3 * DAY, {
        promisedDate: iso(now + 2 * DAY),
        escalated: true,
        escalatedTo: names.respondent,
      }),
      complaint('seed-complaint-fixed', now - 5 * DAY, { fixedOnTheSpot: true }, now - 5 * DAY),
      complaint(
        'seed-complaint-own',
        now - 10 * DAY,
        { category: 'custom', customCategory: names.workshop.slice(0, 60), channel: 'email' },
        now - 8 * DAY,
      ),
    ],
    customerSurveys: [
      {
        id: 'seed-survey',
        ...business,
        date: iso(now - 4 * DAY),
        label: names.workshop,
        csat: { responses: 40, satisfied: 31 },
        nps: { counts: [0, 0, 1, 1, 0, 2, 3, 6, 9, 10, 8] },
        note: '',
        createdAt: now - 4 * DAY,
        updatedAt: now - 4 * DAY,
      },
    ],
    problems: [
      problem(0, SEEDED_PROBLEM, 5, 5),
      problem(1, names.business.slice(0, 300), 4, 4),
      problem(2, 'Oat milk runs out on Fridays', 3, 2),
    ],
  };
}

function seedBackup(names: Names, options: Options = {}, now = Date.now()) {
  const assessment = (
    id: string,
    answers: Record<string, number>,
    completedAt: number | null,
    createdAt: number,
    notes: Record<string, string> = {},
  ) => ({
    id,
    businessName: names.business,
    respondent: names.respondent,
    context: names.context,
    locale: 'en',
    answers,
    notes,
    createdAt,
    updatedAt: completedAt ?? createdAt + 1000,
    completedAt,
  });
  const previousAt = now - 91 * DAY;
  const latestAt = now - 2 * DAY;
  return {
    app: 'centricity',
    formatVersion: 1,
    exportedAt: now,
    assessments: [
      assessment(SEEDED.previous, answersFor([3, 2, 3, 4, 2]), previousAt, previousAt - 600_000),
      assessment(SEEDED.latest, answersFor([4, 3, 5, 4, 4, 3]), latestAt, latestAt - 600_000, {
        culture: ENGLISH_NOTE,
      }),
      {
        ...assessment(SEEDED.unfinished, { 'culture.1': 4, 'culture.2': 3 }, null, now - DAY),
        businessName: `${names.business.slice(0, 118)} 2`,
      },
    ],
    actionPlans: [
      {
        assessmentId: SEEDED.latest,
        goals: [
          {
            id: 'seed-goal',
            sectionId: 'feedback',
            adviceId: null,
            what: 'Answer the phone quickly',
            targetValue: 90,
            targetUnit: GOAL_UNIT,
            owner: names.respondent,
            dueDate: new Date(now + 60 * DAY).toISOString().slice(0, 10),
            status: 'inProgress',
            createdAt: latestAt + 1000,
            updatedAt: latestAt + 1000,
          },
        ],
        nextAuditDate: new Date(now + 88 * DAY).toISOString().slice(0, 10),
        updatedAt: latestAt + 1000,
      },
    ],
    workshops: [
      { id: SEEDED.workshop, name: names.workshop, createdAt: now - DAY, updatedAt: now },
    ],
    participants: [
      [3, 4, 2],
      [5, 4, 4, 3],
      [2, 3],
    ].map((pattern, index) => ({
      id: `seed-participant-${index}`,
      workshopId: SEEDED.workshop,
      fingerprint: `seed-fingerprint-${index}`,
      label: index === 0 ? names.respondent : null,
      answers: answersFor(pattern),
      source: 'link',
      addedAt: now - DAY + index,
    })),
    settings: [],
    ...(options.records ? seedRecords(names, now) : {}),
  };
}

/** Imports the seed through Settings → Import a backup, as a person would. */
export async function seed(page: Page, names: Names, options: Options = {}): Promise<void> {
  const settings = new SettingsPage(page);
  await page.goto('/settings');
  await settings.importBackup({
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(seedBackup(names, options))),
  });
}
