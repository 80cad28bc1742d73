// Several tabs on one database (SPEC §5): live queries keep two tabs on the same
// assessment consistent, and a newer version opened in another tab makes this one stop
// writing and ask for a reload instead of corrupting anything.
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { SurveyPage } from './pages/survey-page';

test('an answer given in one tab appears in the other', async ({ context }) => {
  const first = new SurveyPage(await context.newPage());
  await first.start({ businessName: 'Two Tabs' });
  const url = first.page.url();
  const second = new SurveyPage(await context.newPage());
  await second.page.goto(url);
  await expect(second.progressText(0)).toBeVisible();

  await first.answer('culture.1', 4);
  await expect(second.option('culture.1', 4)).toBeChecked();
  await expect(second.progressText(1)).toBeVisible();

  // And back the other way, changing an answer.
  await second.answer('culture.1', 2);
  await expect(first.option('culture.1', 2)).toBeChecked();
  await second.answer('culture.2', 5);
  await expect(first.option('culture.2', 5)).toBeChecked();
  await expect(first.progressText(2)).toBeVisible();
});

test('a schema upgrade in another tab closes this one cleanly and asks for a reload', async ({
  context,
}) => {
  const errors: string[] = [];
  const survey = new SurveyPage(await context.newPage());
  survey.page.on('pageerror', (error) => errors.push(error.message));
  await survey.start({ businessName: 'Old Tab' });
  await survey.answer('culture.1', 3);

  // A "newer version" in a second tab: opening the database at a higher version sends
  // versionchange to the first tab; the upgrade can only finish once that tab lets go.
  const other = await context.newPage();
  await other.goto('/about');
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('centricity', 1000);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('upgrade blocked by the old tab'));
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
      }),
  );
  expect(upgraded).toBe(1000);

  const banner = new AppShell(survey.page).storageBanner;
  await expect(banner).toContainText('Centricity was updated in another tab');
  await expect(banner.getByRole('button', { name: 'Reload this tab' })).toBeVisible();

  // The old tab no longer writes: an answer stays on screen, marked as not saved.
  await survey.option('culture.2', 4).check();
  await expect(survey.saveProblem('culture.2')).toHaveText(
    // The typed storage error says why (the database was closed by the other tab's upgrade).
    /^Not saved\. This tab lost its connection to the database, .* Reload the page/,
  );
  expect(await survey.storedAnswer('culture.2')).toBeUndefined();
  expect(await survey.storedAnswer('culture.1')).toBe(3);

  // The new tab keeps working and writing; the old tab stays readable, not an error page.
  const newTab = new SurveyPage(other);
  await newTab.start({ businessName: 'New Tab' });
  await newTab.option('culture.1', 5).check();
  await expect(newTab.progressText(1)).toBeVisible();
  await expect(new AppShell(survey.page).mainHeading).toHaveText('Company culture');
  await expect(survey.option('culture.1', 3)).toBeChecked();
  await expect(banner).toBeVisible();
  expect(errors).toEqual([]);
});
