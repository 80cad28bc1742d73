// Offline-first (SPEC §8): after one visit the service worker holds the whole app, so a
// person can start, finish and review an audit with the network cut, in any language.
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { HomePage } from './pages/home-page';
import { ResultsPage } from './pages/results-page';
import { SurveyPage } from './pages/survey-page';
import { storedRecord } from './support/indexed-db';
import { waitForServiceWorkerControl } from './support/service-worker';

test('after one visit the whole audit works offline, and nothing changes back online', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  const shell = new AppShell(page);
  await new HomePage(page).goto();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(shell.mainHeading).toBeVisible();
  // Prove the network is really gone: a request the service worker does not hold fails.
  const networkReachable = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}.txt`).then(
      () => true,
      () => false,
    ),
  );
  expect(networkReachable).toBe(false);

  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Offline Warung', respondent: 'Siti' });
  // Every statement 4 except culture (all 5): total 4 × 6 + 5 = 29 → asset.
  for (let step = 1; step <= 7; step++) {
    await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
    await survey.answerStep(step, (id) => (id.startsWith('culture.') ? 5 : 4));
    if (step < 7) await survey.next();
  }
  await survey.seeResults();
  const results = new ResultsPage(page);
  await expect(results.total).toHaveText('29');
  await expect(results.band).toHaveText(/asset/i);
  await expect(results.charts).toHaveCount(2);
  const resultsUrl = page.url();
  const id = survey.assessmentId();

  // Another screen and another language, both loaded lazily, still come from the cache.
  await shell.chooseLanguage('sk');
  await expect(results.total).toHaveText('29');
  await expect(shell.mainHeading).not.toHaveText(/Results for/);
  await shell.chooseLanguage('en');
  await page.goto('/about');
  await expect(shell.mainHeading).toHaveText('About Centricity');

  const stored = () => storedRecord(page, 'assessments', id);
  const offlineRecord = await stored();
  expect(offlineRecord).toMatchObject({ businessName: 'Offline Warung', respondent: 'Siti' });

  await context.setOffline(false);
  await page.goto(resultsUrl);
  await expect(results.total).toHaveText('29');
  await expect(results.band).toHaveText(/asset/i);
  expect(await stored()).toEqual(offlineRecord);
  expect(errors).toEqual([]);
});

test('an unknown deep link offline still gets the app shell, not a browser error', async ({
  page,
  context,
}) => {
  await new HomePage(page).goto();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('/history');
  await expect(new AppShell(page).header).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
