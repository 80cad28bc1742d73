// A workshop of 10,000 participants (issue 16): another trainer's workshop file is
// imported, the workshop opens with the whole group counted, and its participants table
// is paged through to the very last participant — in English and in Persian.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ITEM_IDS } from './pages/survey-page';
import { WorkshopPage, WorkshopsPage } from './pages/workshop-page';

const COUNT = 10_000;
const PAGE_SIZE = 50;

/** A workshop file with `count` complete results; participant n answers (n mod 5) + 1. */
function workshopFile(id: string, count: number): string {
  return JSON.stringify({
    format: 'centricity-workshop',
    version: 1,
    exportedAt: 1_764_000_000_000,
    workshop: { id, name: `Big group ${id}`, createdAt: 1_764_000_000_000 },
    participants: Array.from({ length: count }, (_, index) => ({
      fingerprint: `${id}:${index}`,
      label: `Seat ${index + 1}`,
      answers: Object.fromEntries(ITEM_IDS.map((item) => [item, (index % 5) + 1])),
      source: 'file',
      addedAt: 1_764_000_000_000 + index,
    })),
  });
}

/** axe (WCAG 2.x A and AA) on the participants table and its pager. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include('section.participants')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((violation) => `${violation.id}: ${violation.help}`);
}

async function importFile(page: Page, id: string, language: 'en' | 'fa' = 'en'): Promise<void> {
  const workshops = new WorkshopsPage(page, language);
  await page.goto('/workshops');
  await workshops.workshopFile.setInputFiles({
    name: `${id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(workshopFile(id, COUNT)),
  });
}

test('a 10,000-participant workshop opens and pages to its last participant', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await importFile(page, 'big-en');
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “Big group big-en”' }),
  ).toHaveText('Imported “Big group big-en”: 10,000 added, 0 already there.', { timeout: 60_000 });
  await page.getByRole('link', { name: 'Big group big-en' }).click();
  await expect(page.getByTestId('participant-count')).toHaveText('10,000', { timeout: 30_000 });
  // Everyone answered (n mod 5) + 1 everywhere: 2,000 each of totals 7, 14, 21, 28, 35.
  await expect(page.getByTestId('group-mean')).toHaveText('21');

  const rows = new WorkshopPage(page).participantRows;
  const range = page.getByTestId('participants-range');
  // Only one page is in the document, never ten thousand rows.
  await expect(rows).toHaveCount(PAGE_SIZE);
  await expect(range).toHaveText('1–50 of 10,000');
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range).toHaveText('51–100 of 10,000');
  await expect(rows.first().getByRole('rowheader')).toHaveText('Seat 51');

  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(range).toHaveText('9,951–10,000 of 10,000');
  await expect(rows).toHaveCount(PAGE_SIZE);
  const lastRow = rows.last();
  await expect(lastRow.getByRole('rowheader')).toHaveText('Seat 10000');
  await expect(lastRow.getByRole('cell').first()).toHaveText('10,000');
  await expect(lastRow.getByRole('cell').nth(1)).toHaveText('35');
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Last page' })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);

  // Removing the last participant keeps the trainer on the (now shorter) last page.
  await lastRow.getByRole('button', { name: 'Remove participant 10,000' }).click();
  await expect(page.getByTestId('participant-count')).toHaveText('9,999');
  await expect(range).toHaveText('9,951–9,999 of 9,999');
  await expect(rows.last().getByRole('rowheader')).toHaveText('Seat 9999');

  await page.getByRole('button', { name: 'First page' }).click();
  await expect(range).toHaveText('1–50 of 9,999');
  await expect(rows.first().getByRole('rowheader')).toHaveText('Seat 1');
  expect(errors).toEqual([]);
});

test('in Persian, the pager of a 10,000-participant workshop reads right to left', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL, locale: 'fa-IR' });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('centricity.language', 'fa'));
  await importFile(page, 'big-fa', 'fa');
  await page.getByRole('link', { name: 'Big group big-fa' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('participant-count')).toHaveText('۱۰٬۰۰۰', { timeout: 30_000 });
  const pager = page.getByTestId('participants-pager');
  await expect(pager).toHaveCSS('direction', 'rtl');
  await pager.getByRole('button', { name: 'صفحهٔ آخر' }).click();
  await expect(page.getByTestId('participants-range')).toHaveText('۹٬۹۵۱ تا ۱۰٬۰۰۰ از ۱۰٬۰۰۰');
  await expect(
    new WorkshopPage(page, 'fa').participantRows.last().getByRole('rowheader'),
  ).toHaveText('Seat 10000');
  expect(await axeViolations(page)).toEqual([]);
  // The first button sits at the right-hand end, as Persian reads.
  const first = await pager.getByRole('button', { name: 'صفحهٔ نخست' }).boundingBox();
  const last = await pager.getByRole('button', { name: 'صفحهٔ آخر' }).boundingBox();
  expect(first!.x).toBeGreaterThan(last!.x);
  await context.close();
});
