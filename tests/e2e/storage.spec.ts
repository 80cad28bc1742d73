// Storage that fails or may be lost (SPEC §5): no IndexedDB at all, a full disk, and the
// request for persistent storage.
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { HomePage } from './pages/home-page';
import { ResultsPage } from './pages/results-page';
import { SurveyPage } from './pages/survey-page';

test('when IndexedDB will not open, a banner says so and the audit still works in memory', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB is disabled in this window', 'InvalidStateError');
    };
  });

  // Home's first visit does not open the database (it stays light); starting an audit
  // does, and that is when the banner must say where the answers are kept.
  const home = new HomePage(page);
  await home.goto();
  await home.startAssessment({ businessName: 'Private Window Cafe' });
  const banner = new AppShell(page).storageBanner;
  await expect(banner).toContainText('not being stored on this device');
  await expect(banner).toContainText('disappears when this tab is closed');
  await expect(banner.getByRole('link', { name: /export your data from settings/i })).toBeVisible();
  // Answers live in memory only, so each is checked on screen (not in IndexedDB).
  const survey = new SurveyPage(page);
  for (let step = 1; step <= 7; step++) {
    for (const itemId of await survey.statementsShown()) {
      const radio = survey.option(itemId, 3);
      await radio.check();
      await expect(radio).toBeChecked();
    }
    if (step < 7) await survey.next();
  }
  await expect(survey.progressText(25)).toBeVisible();
  await survey.seeResults();
  // 3 in every section: total 21, the lowest "adequate" total.
  const results = new ResultsPage(page);
  await expect(results.total).toHaveText('21');
  await expect(results.band).toHaveText(/adequate/i);
  await expect(banner).toBeVisible();

  await banner.getByRole('link', { name: /export your data from settings/i }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('storage-mode')).toHaveText('Only in this tab, until it is closed');
  expect(errors).toEqual([]);
});

test('a full disk keeps the answer on screen as unsaved, says what to do, and retries', async ({
  page,
}) => {
  // The test switches a quota failure on and off inside the real IndexedDB.
  await page.addInitScript(() => {
    const scope = window as unknown as { __diskFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (scope.__diskFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return (original as (...a: unknown[]) => IDBRequest).apply(this, args);
      } as (typeof IDBObjectStore.prototype)[typeof method];
    }
  });
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Full Disk Ltd' });
  await survey.answer('culture.1', 4);

  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  const radio = survey.option('culture.2', 5);
  await radio.check();
  await expect(survey.saveProblem('culture.2')).toHaveText(
    'Not saved. This device is out of storage space. Free some space, or export and delete old assessments, then try again.',
  );
  await expect(radio).toBeChecked();
  expect(await survey.storedAnswer('culture.2')).toBeUndefined();
  expect(await survey.storedAnswer('culture.1')).toBe(4);

  // Space is freed; the retry button saves the very answer that was shown.
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await page.getByRole('button', { name: 'Try saving statement 2 again' }).click();
  await expect.poll(() => survey.storedAnswer('culture.2')).toBe(5);
  await expect(survey.saveProblem('culture.2')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /try saving/i })).toHaveCount(0);
  await expect(radio).toBeChecked();
});

test('persistent storage is requested after the first answer and shown in Settings', async ({
  page,
}) => {
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Persist Test' });
  await survey.answer('culture.1', 3);

  const record = () =>
    page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('centricity');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result
              .transaction('settings')
              .objectStore('settings')
              .get('storage.persistence');
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    );
  await expect.poll(record).toMatchObject({
    key: 'storage.persistence',
    value: { granted: expect.any(Boolean), requestedAt: expect.any(Number) },
  });
  const { value } = (await record()) as { value: { granted: boolean; requestedAt: number } };

  // A second answer does not ask again.
  await survey.answer('culture.2', 3);
  expect(((await record()) as { value: unknown }).value).toEqual(value);

  await page.goto('/settings');
  const panel = page.getByRole('region', { name: 'Storage' });
  await expect(panel.getByTestId('storage-mode')).toHaveText(
    'In this browser, on this device only',
  );
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  // Not protected is a warning that says what to do, not a plain "No".
  if (persisted) await expect(panel.getByTestId('storage-persisted')).toContainText('Yes');
  else {
    const warning = panel.getByTestId('storage-not-protected');
    await expect(warning).toHaveClass(/notice--warning/);
    await expect(warning).toContainText('Your data is not protected.');
    await expect(warning.getByRole('link', { name: 'Go to Export' })).toBeVisible();
    await expect(
      warning.getByRole('button', { name: 'Ask the browser to keep my data' }),
    ).toBeVisible();
  }
  await expect(panel.getByTestId('storage-persisted')).toContainText(
    'Centricity asked the browser on',
  );
  await expect(panel.getByTestId('storage-usage')).toHaveText(
    /^\d[\d.,]* \S+ of \d[\d.,]* \S+ available to this app$/,
  );
});
