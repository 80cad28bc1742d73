// Languages in the browser: Persian right-to-left end to end, and a switch to Slovak in
// the middle of the survey that loses no answer. Expected texts are read from the locale
// files at test time, so the test follows the translations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { adequate2327, ITEM_IDS, SECTION_SIZES, SurveyPage } from './pages/survey-page';

type Json = { [key: string]: string | Json };

function localeText(language: string, namespace: string, key: string): string {
  const file = join(import.meta.dirname, '../../locales', language, `${namespace}.json`);
  let node: string | Json = JSON.parse(readFileSync(file, 'utf8')) as Json;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) {
      throw new Error(`locales/${language}/${namespace}.json has no "${key}"`);
    }
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${key} is not a text in ${language}`);
  return node;
}

/** The notice shown in `shownIn` for an assessment answered in `answeredIn`. */
/** The sentence under a result viewed in another language; language names as Intl names them in the reader's language. */
function viewingInOther(shownIn: string, answeredIn: string, current: string): string {
  const names = new Intl.DisplayNames([shownIn], { type: 'language' });
  return localeText(shownIn, 'common', 'language.viewingInOther')
    .replace('{{language}}', names.of(answeredIn)!)
    .replace('{{current}}', names.of(current)!);
}

async function switchLanguage(page: Page, language: string) {
  await page.locator('.language-switcher select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

function stepItems(step: number): readonly string[] {
  const start = SECTION_SIZES.slice(0, step - 1).reduce((a, b) => a + b, 0);
  return ITEM_IDS.slice(start, start + SECTION_SIZES[step - 1]!);
}

test('Persian: right-to-left, Persian digits and the Persian verdict', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await switchLanguage(page, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'نانوایی سر کوچه' });
  // The choice is remembered across the navigation start() makes.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    localeText('fa', 'instrument', 'sections.culture.name'),
  );

  // Same answers as the English audit test: total 23.27, adequate.
  for (let step = 1; step <= 7; step++) {
    await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
    await survey.answerStep(step, adequate2327);
    if (step < 7) await page.locator('.survey__nav a[rel=next]').click();
  }
  // Progress counts in Persian digits: 25 of 25.
  await expect(page.locator('.survey-progress__overall')).toContainText('۲۵');
  await expect(page.locator('.survey-progress__overall')).not.toContainText(/[0-9]/);
  await page.locator('.survey__nav button.button--primary').click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByTestId('total')).toHaveText('۲۳٫۲۷');
  await expect(page.getByTestId('band')).toHaveText(
    localeText('fa', 'instrument', 'bands.adequate.name'),
  );
  await expect(
    page.getByText(localeText('fa', 'instrument', 'bands.adequate.meaning')),
  ).toBeVisible();
  // Chart ticks use the same formatter: Persian digits, no Latin ones.
  await expect(page.locator('.recharts-wrapper')).toHaveCount(2);
  const ticks = page.locator('.recharts-cartesian-axis-tick-value');
  await expect(ticks).toHaveText(['۷', '۱۴', '۲۱', '۲۸', '۳۵']);
  // Answered in Persian and viewed in Persian: no "other language" notice.
  await expect(page.getByText(viewingInOther('fa', 'fa', 'fa'))).toHaveCount(0);

  // Viewing it in English is allowed and says in which language it was answered.
  await switchLanguage(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('total')).toHaveText('23.27');
  await expect(page.getByText(viewingInOther('en', 'fa', 'en'))).toBeVisible();
  expect(errors).toEqual([]);
});

test('the score scale reads from the start side: right to left in Persian', async ({ page }) => {
  await page.goto('/');
  await switchLanguage(page, 'fa');
  const survey = new SurveyPage(page);
  await survey.start();
  // The top score, 35: the bar spans the whole scale and its number must stay inside.
  for (let step = 1; step <= 7; step++) {
    await survey.answerStep(step, () => 5);
    if (step < 7) await page.locator('.survey__nav a[rel=next]').click();
  }
  await page.locator('.survey__nav button.button--primary').click();
  await expect(page).toHaveURL(/\/results$/);
  const chart = page.locator('.recharts-wrapper').first();
  const ticks = chart.locator('.recharts-cartesian-axis-tick-value');
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
  const label = chart.locator('.recharts-label-list text');
  await expect(label).toHaveText('۳۵');
  const svg = await boxOf(chart.locator('svg').first());
  const labelBox = await boxOf(label);
  expect(labelBox.x).toBeGreaterThanOrEqual(svg.x);
  expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(svg.x + svg.width);

  await switchLanguage(page, 'en');
  await expect(ticks.first()).toHaveText('7');
  expect(await xOf('7')).toBeLessThan(await xOf('35'));
  await expect(label).toHaveText('35');
});

test('switching to Slovak mid-survey is instant and loses no answer', async ({ page }) => {
  const survey = new SurveyPage(page);
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
  await page.locator('input[name="products.2"][value="3"]').check();
  await switchLanguage(page, 'sk');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(/\/survey\/2$/);
  expect(
    await page.evaluate(() => (window as unknown as { languageMark?: number }).languageMark),
  ).toBe(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    localeText('sk', 'instrument', 'sections.products.name'),
  );
  // The tab's title follows the heading in the new language.
  await expect(page).toHaveTitle(
    `${localeText('sk', 'instrument', 'sections.products.name')} · ${localeText('sk', 'common', 'app.name')}`,
  );

  await expect(page.locator('input[name="products.1"][value="2"]')).toBeChecked();
  await expect(page.locator('input[name="products.2"][value="3"]')).toBeChecked();
  await expect.poll(() => survey.storedAnswer('products.2')).toBe(3);
  expect(await survey.storedAnswer('products.1')).toBe(2);
  for (const itemId of stepItems(1)) expect(await survey.storedAnswer(itemId)).toBe(5);
  await expect(page.locator('.survey-progress__overall')).toContainText('6');

  // Answering goes on in Slovak; the earlier section still holds its answers.
  await survey.answer('products.3', 4);
  await page.locator('.survey__nav a[rel=prev]').click();
  await expect(page).toHaveURL(/\/survey\/1$/);
  for (const radio of await page.locator('input[type=radio][value="5"]').all()) {
    await expect(radio).toBeChecked();
  }
  // The choice is remembered after a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sk');
  await expect(page.locator('.language-switcher select')).toHaveValue('sk');
});
