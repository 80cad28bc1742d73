import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { HomePage } from './pages/home-page';
import { ResultsPage } from './pages/results-page';
import { adequate2327, SECTION_SIZES, SurveyPage } from './pages/survey-page';

test('a new user completes the whole audit and sees the right total and band', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Corner Bakery', respondent: 'Ana', context: 'BUS 210' });

  // Averages: culture 3, products 4, feedback 8/3, knowledge 4, accessibility 4,
  // staff 18/5, improvement 2 → total 23.2666… shown as 23.27, adequate (adequate2327).
  for (let step = 1; step <= 7; step++) {
    await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
    await survey.answerStep(step, adequate2327);
    if (step < 7) await survey.next();
  }
  await expect(survey.progressText(25)).toBeVisible();
  await survey.seeResults();
  const results = new ResultsPage(page);
  await expect(results.total).toHaveText('23.27');
  await expect(results.band).toHaveText('Adequate');
  await expect(new AppShell(page).mainHeading).toHaveText('Results for Corner Bakery');
  // The section table is the text equivalent of the charts.
  await expect(results.sectionRow(/Customer feedback/)).toContainText('2.67');
  await expect(results.sectionRow(/Company culture/)).toContainText('3');
  // Both charts render (lazily loaded).
  await expect(results.charts).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('a reload in the middle of section 4 loses no answer and resumes in the right place', async ({
  page,
}) => {
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Reload Test' });
  for (let step = 1; step <= 3; step++) {
    await survey.answerStep(step, () => 5);
    await survey.next();
  }
  await expect(page).toHaveURL(/\/survey\/4$/);
  await survey.answer('knowledge.1', 2);

  await page.reload();
  await expect(new AppShell(page).mainHeading).toHaveText('Knowing your customers');
  await expect(survey.option('knowledge.1', 2)).toBeChecked();
  await expect(survey.progressText(12)).toBeVisible();

  // Leaving and coming back through Home resumes at the first unanswered statement.
  const home = new HomePage(page);
  await home.goto();
  await home.continueLink('Reload Test').click();
  await expect(page).toHaveURL(/\/survey\/4$/);
  await expect(survey.option('knowledge.2', 1)).toBeFocused();
  for (const [index, section] of [
    'Company culture',
    'Products and selling',
    'Customer feedback',
  ].entries()) {
    await page.getByRole('link', { name: new RegExp(`^${section}`) }).click();
    // The step's own statements, not the previous step's (steps differ in length).
    await expect(new AppShell(page).mainHeading).toHaveText(section);
    await expect(survey.optionsWithValue(5)).toHaveCount(SECTION_SIZES[index]!);
    for (const radio of await survey.optionsWithValue(5).all()) {
      await expect(radio).toBeChecked();
    }
  }
});

test('an unknown assessment URL and an unknown route show the not-found page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/a/does-not-exist/results');
  await expect(page.getByRole('heading', { name: 'Assessment not found' })).toBeVisible();
  await page.goto('/a/does-not-exist/survey/2');
  await expect(page.getByRole('heading', { name: 'Assessment not found' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(errors).toEqual([]);
});
