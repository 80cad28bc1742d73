// A realistic set of stored data, written through the app's own backup import: a business
// audited twice (the later one a re-take with a plan and a note), an unfinished audit and
// a workshop with three participants. Names are parameters, so the same data can carry a
// Latin name into Persian screens or 120-character names without spaces into any screen.
import { expect, type Page } from '@playwright/test';
import { ITEM_IDS } from '../../../src/domain/instrument';

type Names = { business: string; respondent: string; context: string; workshop: string };

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
} as const;

export const GOAL_UNIT = '% of calls answered within 2 minutes';
export const ENGLISH_NOTE = 'Call back every complaint within a day.';

function seedBackup(names: Names, now = Date.now()) {
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
  };
}

/** Imports the seed through Settings → Import a backup, as a person would. */
export async function seed(page: Page, names: Names): Promise<void> {
  await page.goto('/settings');
  await page.locator('.data-panel input[type="file"]').setInputFiles({
    name: 'seed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(seedBackup(names))),
  });
  await expect(page.getByTestId('import-summary')).toBeVisible();
}
