// Nothing a file can hold breaks a screen (issue 12). A backup with a time past the
// largest date is refused in the reader's language and adds nothing; a backup of records
// at every limit is accepted and every screen shows it and exports it; and a record
// that bypassed the checks (written by an older version) still cannot take a screen down.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { validBackup } from '../fixtures/backup/corpus';
import { backupAtTheLimits } from '../fixtures/limits';
import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';

type Json = ReturnType<typeof validBackup>;

function asFile(name: string, backup: Json) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
}

async function importBackup(page: Page, backup: Json) {
  await page.goto('/settings');
  await page.getByLabel('Backup file (JSON)').setInputFiles(asFile('backup.json', backup));
}

/** The record counts the data panel shows, as one line. */
async function storedCounts(page: Page) {
  const settings = new SettingsPage(page);
  await settings.goto();
  return settings.recordCounts.innerText();
}

/** Every screen that lists or shows records, with what must be on it. */
function screensFor(backup: Json): [string, string][] {
  const [assessment] = backup.assessments as { id: string }[];
  const [workshop] = backup.workshops as { id: string }[];
  return [
    ['Home', '/'],
    ['History', '/history'],
    ['Trend', '/trend'],
    ['Results', `/a/${assessment!.id}/results`],
    ['Action plan', `/a/${assessment!.id}/plan`],
    ['Report', `/a/${assessment!.id}/report`],
    ['Share', `/a/${assessment!.id}/share`],
    ['Workshops', '/workshops'],
    ['Workshop', `/workshops/${workshop!.id}`],
    ['Projector', `/workshops/${workshop!.id}/present`],
    ['Settings', '/settings'],
  ];
}

async function expectEveryScreenWorks(page: Page, backup: Json) {
  for (const [screen, path] of screensFor(backup)) {
    await test.step(screen, async () => {
      await page.goto(path);
      await expect(
        new AppShell(page).mainHeading.first(),
        `${screen} shows its heading`,
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
      await expect(page.getByTestId('item-failed')).toHaveCount(0);
    });
  }
}

test('a backup with a time past the largest date is refused, in the reader’s language', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/settings');
  const before = await storedCounts(page);

  const poisoned = validBackup();
  const [first] = poisoned.assessments as Record<string, unknown>[];
  first!.createdAt = 8.64e15 + 1;
  first!.updatedAt = 8.64e15 + 1;
  first!.completedAt = 8.64e15 + 1;
  await importBackup(page, poisoned);
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('Nothing was imported.');
  await expect(error).toContainText('assessments[0].createdAt');
  await expect(error).toContainText(
    /8640000000000001 is not a time between 2000-01-01 and \d{4}-\d{2}-\d{2}/,
  );
  expect(await storedCounts(page)).toBe(before);

  // The same file in Slovak: the sentence is Slovak, the path stays as written.
  await page.evaluate(() => localStorage.setItem('centricity.language', 'sk'));
  await page.goto('/settings');
  await page.getByLabel('Súbor zálohy (JSON)').setInputFiles(asFile('zaloha.json', poisoned));
  await expect(page.getByTestId('import-error')).toContainText('nie je čas medzi 2000-01-01 a');
  await expect(page.getByTestId('import-error')).toContainText('assessments[0].createdAt');

  // Every screen still works: nothing was stored.
  await page.goto('/history');
  await expect(new AppShell(page).mainHeading).toBeVisible();
  expect(errors).toEqual([]);
});

test('records at every limit are shown on every screen and exported', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const backup = backupAtTheLimits();
  await importBackup(page, backup);
  await expect(page.getByTestId('import-summary')).toContainText('Import finished:');

  await expectEveryScreenWorks(page, backup);

  // Exports: the CSV and the backup, and the backup reads back adding nothing.
  await page.goto('/settings');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download assessments as CSV' }).click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  const exported = await readFile((await (await jsonDownload).path())!);
  await page
    .getByLabel('Backup file (JSON)')
    .setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: exported });
  await expect(page.getByTestId('import-summary')).toContainText(
    'Import finished: 0 added, 0 updated',
  );
  expect(errors).toEqual([]);
});

test('a record that bypassed the checks shows "—" for its dates and breaks no screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const backup = validBackup();
  await importBackup(page, backup);
  await expect(page.getByTestId('import-summary')).toBeVisible();
  // As an older version stored it: written straight into IndexedDB, past every check.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('centricity');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['assessments', 'participantBlocks'], 'readwrite');
          const assessments = tx.objectStore('assessments');
          const get = assessments.get('a-1');
          get.onsuccess = () => {
            assessments.put({
              ...get.result,
              businessName: 'Beyond time\u202E',
              createdAt: 8.64e15 + 1,
              updatedAt: 8.64e15 + 1,
              completedAt: 8.64e15 + 1,
            });
          };
          // Participants are stored in blocks (src/db/participant-blocks.ts).
          type Block = { participants: { id: string; addedAt: number }[] };
          const blocks = tx.objectStore('participantBlocks');
          const getBlocks = blocks.getAll();
          getBlocks.onsuccess = () => {
            for (const block of getBlocks.result as Block[]) {
              const at = block.participants.findIndex((participant) => participant.id === 'p-1');
              if (at < 0) continue;
              block.participants[at] = { ...block.participants[at]!, addedAt: 1e20 };
              blocks.put(block);
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await expectEveryScreenWorks(page, backup);
  await page.goto('/history');
  await expect(page.getByTestId('history-item').filter({ hasText: 'Beyond time' })).toContainText(
    '—',
  );
  // The exports still work: the CSV leaves the date empty.
  await page.goto('/settings');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download assessments as CSV' }).click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  expect(csv).toContain('"Beyond time');
  expect(errors).toEqual([]);
});
