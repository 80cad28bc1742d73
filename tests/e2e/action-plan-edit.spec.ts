// Goals typed and edited in the user's language: a Persian target "۹۰" is stored as the
// number 90 and shown in Persian digits; editing keeps the goal's id and status and
// survives a reload. Slovak "2,5" is two and a half. Texts come from the locale files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SurveyPage } from './pages/survey-page';
import { isoInDays, pickDate } from './support/date-field';

type Json = { [key: string]: string | Json };

function text(language: string, key: string): string {
  const file = join(import.meta.dirname, '../../locales', language, 'plan.json');
  let node: string | Json = JSON.parse(readFileSync(file, 'utf8')) as Json;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`${language}: no ${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${language}: ${key} is not a text`);
  return node;
}

async function openPlanIn(page: Page, language: string): Promise<string> {
  const survey = new SurveyPage(page);
  await page.goto('/');
  await page.locator('.language-switcher select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await survey.start({ businessName: 'Goal Bakery' });
  const id = survey.assessmentId();
  await page.goto(`/a/${id}/plan`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return id;
}

/** The goals stored in IndexedDB for one assessment, as the app saved them. */
async function storedGoals(page: Page, assessmentId: string) {
  return page.evaluate(
    (id) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('centricity');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('actionPlans').objectStore('actionPlans').get(id);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { goals?: unknown[] } | undefined)?.goals ?? []);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    assessmentId,
  );
}

test('Persian: a goal with target ۹۰ is saved as 90, edited, and the edit survives a reload', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const fa = (key: string) => text('fa', key);
  const id = await openPlanIn(page, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.getByRole('button', { name: fa('suggestions.custom') }).click();
  const form = page.locator('form.goal-form');
  await expect(form.getByLabel(fa('form.what'))).toBeFocused();
  await form.getByLabel(fa('form.what')).fill('پاسخ سریع‌تر به تماس‌ها');
  // Not a number: a translated message, and what was typed stays.
  await form.getByLabel(fa('form.targetValue')).fill('نود');
  await form.getByLabel(fa('form.targetUnit')).fill('٪ تماس‌های پاسخ‌داده در ۲ دقیقه');
  await form.getByLabel(fa('form.owner')).fill('آنا');
  await pickDate(form.getByTestId('date-field'), isoInDays(30));
  await form.getByRole('button', { name: fa('form.save') }).click();
  await expect(form.getByText(fa('form.errors.targetValueNotNumber'))).toBeVisible();
  await expect(form.getByLabel(fa('form.targetValue'))).toBeFocused();
  await expect(form.getByLabel(fa('form.targetValue'))).toHaveValue('نود');

  await form.getByLabel(fa('form.targetValue')).fill('۹۰');
  await form.getByRole('button', { name: fa('form.save') }).click();
  await expect(form).toHaveCount(0);
  const card = page.locator('.goal-list > li');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('۹۰ ٪ تماس‌های پاسخ‌داده در ۲ دقیقه');
  await expect
    .poll(() => storedGoals(page, id))
    .toEqual([expect.objectContaining({ targetValue: 90, owner: 'آنا' })]);
  const [saved] = (await storedGoals(page, id)) as { id: string }[];

  // A status set before the edit is kept by it.
  await card.getByLabel(/^وضعیت/).selectOption('inProgress');

  const edit = card.getByRole('button', { name: new RegExp(`^${fa('goals.edit')}`) });
  await edit.click();
  const editForm = card.locator('form.goal-form');
  await expect(editForm.getByRole('heading', { name: fa('form.editTitle') })).toBeVisible();
  await expect(editForm.getByLabel(fa('form.what'))).toBeFocused();
  await expect(editForm.getByLabel(fa('form.targetValue'))).toHaveValue('۹۰');
  await expect(editForm.getByLabel(fa('form.owner'))).toHaveValue('آنا');
  await editForm.getByLabel(fa('form.targetValue')).fill('۹۵٫۵');
  await editForm.getByLabel(fa('form.owner')).fill('بهرام');
  await editForm.getByRole('button', { name: fa('form.saveChanges') }).click();
  await expect(editForm).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(card).toContainText('۹۵٫۵ ٪ تماس‌های پاسخ‌داده در ۲ دقیقه');

  await page.reload();
  await expect(card).toContainText('۹۵٫۵ ٪ تماس‌های پاسخ‌داده در ۲ دقیقه');
  await expect(card).toContainText('بهرام');
  await expect(card.getByLabel(/^وضعیت/)).toHaveValue('inProgress');
  expect(await storedGoals(page, id)).toEqual([
    expect.objectContaining({
      id: saved?.id,
      targetValue: 95.5,
      owner: 'بهرام',
      status: 'inProgress',
    }),
  ]);
  expect(errors).toEqual([]);
});

test('Slovak: a target typed as 2,5 is two and a half', async ({ page }) => {
  const sk = (key: string) => text('sk', key);
  const form = page.locator('form.goal-form');
  const field = (key: string) => form.getByLabel(sk(key), { exact: true });
  const id = await openPlanIn(page, 'sk');
  await page.getByRole('button', { name: sk('suggestions.custom') }).click();
  await field('form.what').fill('Rýchlejšie odpovede');
  await field('form.targetValue').fill('2,5');
  await field('form.targetUnit').fill('dňa na odpoveď');
  await field('form.owner').fill('Jana');
  await pickDate(form.getByTestId('date-field'), isoInDays(10));
  await form.getByRole('button', { name: sk('form.save') }).click();
  await expect(form).toHaveCount(0);
  await expect(page.locator('.goal-list > li')).toContainText('2,5 dňa na odpoveď');
  await expect
    .poll(() => storedGoals(page, id))
    .toEqual([expect.objectContaining({ targetValue: 2.5 })]);
});
