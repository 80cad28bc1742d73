// Languages in the browser: Persian right-to-left end to end, and a switch to Slovak in
// the middle of the survey that loses no answer. Expected texts are read from the locale
// files at test time, so the test follows the translations.
import { expect, test, type Locator } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { axisTicks, barLabels, chartSurface, drawnCharts } from './pages/charts';
import { LocalizedSurveyPage } from './pages/localized-survey-page';
import { ResultsPage } from './pages/results-page';
import { adequate2327, ITEM_IDS, SECTION_SIZES } from './pages/survey-page';
import { localeText } from './support/locale-text';

/** The sentence under a result viewed in another language; language names as Intl names them in the reader's language. */
function viewingInOther(shownIn: 'en' | 'fa', answeredIn: string, current: string): string {
  const names = new Intl.DisplayNames([shownIn], { type: 'language' });
  return localeText(shownIn, 'common')('language.viewingInOther', {
    language: names.of(answeredIn)!,
    current: names.of(current)!,
  });
}

function stepItems(step: number): readonly string[] {
  const start = SECTION_SIZES.slice(0, step - 1).reduce((a, b) => a + b, 0);
  return ITEM_IDS.slice(start, start + SECTION_SIZES[step - 1]!);
}

test('Persian: right-to-left, Persian digits and the Persian verdict', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const shell = new AppShell(page);
  const survey = new LocalizedSurveyPage(page, 'fa');
  const results = new ResultsPage(page);
  await page.goto('/');
  await shell.chooseLanguage('fa');

  await survey.start({ businessName: 'نانوایی سر کوچه' });
  // The choice is remembered across the navigation start() makes.
  await shell.expectLanguage('fa', 'rtl');
  await expect(survey.heading).toHaveText(localeText('fa', 'instrument')('sections.culture.name'));

  // Same answers as the English audit test: total 23.27, adequate.
  for (let step = 1; step <= 7; step++) {
    await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
    await survey.answerStep(step, adequate2327);
    if (step < 7) await survey.nextSection.click();
  }
  // Progress counts in Persian digits: 25 of 25.
  await expect(survey.progressSummary).toContainText('۲۵');
  await expect(survey.progressSummary).not.toContainText(/[0-9]/);
  await survey.finish.click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(results.total).toHaveText('۲۳٫۲۷');
  await expect(results.band).toHaveText(localeText('fa', 'instrument')('bands.adequate.name'));
  await expect(
    page.getByText(localeText('fa', 'instrument')('bands.adequate.meaning')),
  ).toBeVisible();
  // Chart ticks use the same formatter: Persian digits, no Latin ones.
  await expect(results.charts).toHaveCount(2);
  await expect(axisTicks(results.charts)).toHaveText(['۷', '۱۴', '۲۱', '۲۸', '۳۵']);
  // Answered in Persian and viewed in Persian: no "other language" notice.
  await expect(page.getByText(viewingInOther('fa', 'fa', 'fa'))).toHaveCount(0);

  // Viewing it in English is allowed and says in which language it was answered.
  await shell.chooseLanguage('en');
  await expect(results.total).toHaveText('23.27');
  await expect(page.getByText(viewingInOther('en', 'fa', 'en'))).toBeVisible();
  expect(errors).toEqual([]);
});

test('the score scale reads from the start side: right to left in Persian', async ({ page }) => {
  const shell = new AppShell(page);
  const survey = new LocalizedSurveyPage(page, 'fa');
  await page.goto('/');
  await shell.chooseLanguage('fa');
  await survey.start();
  // The top score, 35: the bar spans the whole scale and its number must stay inside.
  for (let step = 1; step <= 7; step++) {
    await survey.answerStep(step, () => 5);
    if (step < 7) await survey.nextSection.click();
  }
  await survey.finish.click();
  await expect(page).toHaveURL(/\/results$/);
  const chart = drawnCharts(page).first();
  const ticks = axisTicks(chart);
  await expect(ticks).toHaveCount(5);
  const boxOf = async (locator: Locator) => {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not rendered');
    return box;
  };
  const xOf = async (text: string) =>
    (await boxOf(ticks.filter({ hasText: new RegExp(`^${text}$`) }))).x;
  // 7 (lowest) sits at the right, 35 at the left.
  expect(await xOf('۷')).toBeGreaterThan(await xOf('۲۱'));
  expect(await xOf('۲۱')).toBeGreaterThan(await xOf('۳۵'));
  // The bar grows from the right, and the total is written inside the chart.
  const label = barLabels(chart);
  await expect(label).toHaveText('۳۵');
  const svg = await boxOf(chartSurface(chart));
  const labelBox = await boxOf(label);
  expect(labelBox.x).toBeGreaterThanOrEqual(svg.x);
  expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(svg.x + svg.width);

  await shell.chooseLanguage('en');
  await expect(ticks.first()).toHaveText('7');
  expect(await xOf('7')).toBeLessThan(await xOf('35'));
  await expect(label).toHaveText('35');
});

test('switching to Slovak mid-survey is instant and loses no answer', async ({ page }) => {
  const shell = new AppShell(page);
  const survey = new LocalizedSurveyPage(page, 'sk');
  await survey.start({ businessName: 'Switch Test' });
  await survey.answerStep(1, () => 5);
  await survey.next();
  await expect(page).toHaveURL(/\/survey\/2$/);
  await survey.answer('products.1', 2);
  // Mark the document: a reload would lose the mark.
  await page.evaluate(() => {
    (window as unknown as { languageMark: number }).languageMark = 1;
  });

  // Pick an answer and switch at once, before anything else happens.
  await survey.option('products.2', 3).check();
  await shell.chooseLanguage('sk');
  await expect(page).toHaveURL(/\/survey\/2$/);
  expect(
    await page.evaluate(() => (window as unknown as { languageMark?: number }).languageMark),
  ).toBe(1);
  await expect(survey.heading).toHaveText(localeText('sk', 'instrument')('sections.products.name'));
  // The tab's title follows the heading in the new language.
  await expect(page).toHaveTitle(
    `${localeText('sk', 'instrument')('sections.products.name')} · ${localeText('sk', 'common')('app.name')}`,
  );

  await expect(survey.option('products.1', 2)).toBeChecked();
  await expect(survey.option('products.2', 3)).toBeChecked();
  await expect.poll(() => survey.storedAnswer('products.2')).toBe(3);
  expect(await survey.storedAnswer('products.1')).toBe(2);
  for (const itemId of stepItems(1)) expect(await survey.storedAnswer(itemId)).toBe(5);
  await expect(survey.progressSummary).toContainText('6');

  // Answering goes on in Slovak; the earlier section still holds its answers.
  await survey.answer('products.3', 4);
  await survey.back.click();
  await expect(page).toHaveURL(/\/survey\/1$/);
  await expect(survey.optionsWithValue(5)).toHaveCount(SECTION_SIZES[0]!);
  for (const radio of await survey.optionsWithValue(5).all()) {
    await expect(radio).toBeChecked();
  }
  // The choice is remembered after a reload.
  await page.reload();
  await shell.expectLanguage('sk');
  await expect(shell.languageSelect).toHaveValue('sk');
});
