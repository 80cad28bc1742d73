import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { SurveyPage } from './pages/survey-page';

const FIXTURES = 'tests/fixtures/backup';

async function openDataPanel(page: Page) {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
}

async function importFile(page: Page, path: string) {
  await page.getByLabel('Backup file (JSON)').setInputFiles(path);
}

test('export JSON, delete all, import it: everything is back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Data from a fixture (three assessments, a plan, a workshop) plus one made in the app.
  await openDataPanel(page);
  await importFile(page, `${FIXTURES}/valid-backup.json`);
  await expect(page.getByTestId('import-summary')).toContainText(
    'Import finished: 7 added, 0 updated, 0 already up to date.',
  );
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'کافه نور', respondent: 'Ján' });
  await survey.answer('culture.1', 5);

  await page.goto('/history');
  await expect(page.getByTestId('history-item')).toHaveCount(4);
  const before = await page.getByTestId('history-item').allInnerTexts();

  // Export.
  await openDataPanel(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^centricity-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    app: string;
    formatVersion: number;
    assessments: unknown[];
  };
  expect(exported).toMatchObject({ app: 'centricity', formatVersion: 1 });
  expect(exported.assessments).toHaveLength(4);

  // CSV export too: BOM, header and one row per assessment.
  const csvPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download assessments as CSV' }).click();
  const csv = await readFile((await (await csvPromise).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('کافه نور');
  expect(csv.trim().split('\r\n')).toHaveLength(5);

  // Delete all, with a confirmation that names what goes and offers a backup first.
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
  await expect(dialog).toContainText('This deletes 4 assessments, 1 action plan and 1 workshop');
  await expect(dialog.getByRole('button', { name: 'Download backup first' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All data was deleted.' })).toBeVisible();
  await page.goto('/history');
  await expect(page.getByText('No assessments yet.')).toBeVisible();

  // Import the exported file: everything is back, exactly.
  await openDataPanel(page);
  await importFile(page, (await download.path())!);
  await expect(page.getByTestId('import-summary')).toContainText(/Import finished: \d+ added/);
  await page.goto('/history');
  await expect(page.getByTestId('history-item')).toHaveCount(4);
  expect(await page.getByTestId('history-item').allInnerTexts()).toEqual(before);

  // Importing the same file again changes nothing.
  await openDataPanel(page);
  await importFile(page, (await download.path())!);
  await expect(page.getByTestId('import-summary')).toContainText(
    / 0 added, 0 updated, \d+ already/,
  );
  expect(errors).toEqual([]);
});

test.describe('bad files are refused with a precise message and change nothing', () => {
  for (const [file, message] of [
    ['bad-unknown-statement.json', "assessments[0].answers['culture.5']: unknown statement"],
    ['bad-out-of-range.json', "assessments[2].answers['staff.3']: answer 7 is out of range 1–5"],
    ['bad-truncated-json.txt', 'This is not a JSON file, or it is cut off.'],
    ['not-a-backup.json', 'This is not a Centricity backup.'],
    ['bad-future-version.json', 'made by a newer version of Centricity (format 7)'],
  ] as const) {
    test(file, async ({ page }) => {
      const survey = new SurveyPage(page);
      await survey.start({ businessName: 'Precious data' });
      await survey.answer('culture.1', 3);
      await openDataPanel(page);
      await importFile(page, `${FIXTURES}/${file}`);
      const error = page.getByTestId('import-error');
      await expect(error).toContainText('Nothing was imported.');
      await expect(error).toContainText(message);
      await page.goto('/history');
      await expect(page.getByTestId('history-item')).toHaveCount(1);
      await expect(page.getByTestId('history-item')).toContainText('Precious data');
    });
  }
});
