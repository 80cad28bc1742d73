// Import errors in the reader's language (SPEC §7): the lines that say what is wrong and
// where are translated; only the path to the field stays as written, left to right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';
import { ITEM_IDS } from './pages/survey-page';
import { WorkshopPage, WorkshopsPage } from './pages/workshop-page';
import { leftToRightCode } from './support/bidi';

const FIXTURES = join(import.meta.dirname, '../fixtures/backup');

/** The fixture backup with problems of several kinds, none carrying words from the file. */
function badBackup(): Buffer {
  const backup = JSON.parse(readFileSync(join(FIXTURES, 'valid-backup.json'), 'utf8')) as {
    assessments: Record<string, unknown>[];
  };
  const [first, second] = backup.assessments;
  (first!.answers as Record<string, unknown>)['culture.5'] = 3;
  (first!.answers as Record<string, unknown>)['staff.3'] = 7;
  first!.respondent = 'x'.repeat(300);
  second!.createdAt = 'yesterday';
  return Buffer.from(JSON.stringify(backup));
}

test('Persian: a bad backup is explained in Persian, with the paths left to right', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const settings = new SettingsPage(page);
  await settings.goto();
  await new AppShell(page).chooseLanguage('fa');
  await settings.backupFile.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: badBackup(),
  });

  const error = settings.importError;
  await expect(error).toBeVisible();
  const items = error.getByRole('listitem');
  await expect(items).toHaveCount(4);
  const paths = await leftToRightCode(error).allTextContents();
  expect(paths.sort()).toEqual([
    "assessments[0].answers['culture.5']",
    "assessments[0].answers['staff.3']",
    'assessments[0].respondent',
    'assessments[1].createdAt',
  ]);
  await expect(items.first()).toHaveCSS('direction', 'rtl');

  // Every code in the message is one of the paths: without them, only words are left.
  await expect(error.getByRole('code')).toHaveCount(paths.length);
  const withoutPaths = paths.reduce(
    (text, path) => text.replace(path, ''),
    (await error.textContent()) ?? '',
  );
  expect(withoutPaths).toContain('عبارت ناشناخته');
  expect(withoutPaths).toContain('خارج از بازهٔ ۱ تا ۵');
  expect(withoutPaths.match(/[A-Za-z]+/g)).toBeNull();
  expect(errors).toEqual([]);
});

test('Slovak: a bad result file in a workshop is explained in Slovak', async ({ page }) => {
  const workshops = new WorkshopsPage(page);
  await workshops.goto();
  await workshops.create('Bratislava');
  await new AppShell(page).chooseLanguage('sk');
  const workshop = new WorkshopPage(page, 'sk');

  const answers: Record<string, unknown> = Object.fromEntries(ITEM_IDS.map((id) => [id, 3]));
  answers['staff.2'] = 9;
  await workshop.resultFiles.setInputFiles({
    name: 'zly.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'centricity-result',
        version: 1,
        resultId: null,
        completedAt: null,
        answers,
      }),
    ),
  });
  const problems = workshop.addProblems;
  await expect(problems).toContainText("zly.json, answers['staff.2']: odpoveď 9 je mimo rozsahu");
  await expect(leftToRightCode(problems)).toHaveText("answers['staff.2']");
  await expect(problems).not.toContainText('out of range');
});

test('Persian: a bad workshop file on the workshops page is explained in Persian, with where', async ({
  page,
}) => {
  await new WorkshopsPage(page).goto();
  await new AppShell(page).chooseLanguage('fa');
  const workshops = new WorkshopsPage(page, 'fa');
  const answers: Record<string, unknown> = Object.fromEntries(ITEM_IDS.map((id) => [id, 4]));
  answers['feedback.1'] = 6;
  await workshops.workshopFile.setInputFiles({
    name: 'kargah.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'centricity-workshop',
        version: 1,
        // Times inside the accepted range (2000 … tomorrow): only the answer is wrong.
        exportedAt: Date.UTC(2025, 0, 1),
        workshop: { id: 'w1', name: 'Shiraz', createdAt: Date.UTC(2025, 0, 1) },
        participants: [
          {
            fingerprint: 'f1',
            label: null,
            answers,
            source: 'file',
            addedAt: Date.UTC(2025, 0, 1),
          },
        ],
      }),
    ),
  });
  const alert = page.getByRole('alert');
  await expect(leftToRightCode(alert)).toHaveText("participants[0].answers['feedback.1']");
  await expect(alert).toContainText('kargah.json');
  // Apart from the file name and the path, nothing is in Latin script.
  const text = (await alert.textContent()) ?? '';
  const rest = text.replace('kargah.json', '').replace("participants[0].answers['feedback.1']", '');
  expect(rest).not.toMatch(/[A-Za-z]/);
  await expect(page.getByText('Shiraz')).toHaveCount(0);
});
