// Goals typed and edited in the user's language: a Persian target "۹۰" is stored as the
// number 90 and shown in Persian digits; editing keeps the goal's id and status and
// survives a reload. Slovak "2,5" is two and a half. Texts come from the locale files.
import { expect, test, type Page } from '@playwright/test';
import { ActionPlanPage } from './pages/action-plan-page';
import { AppShell } from './pages/app-shell';
import { SurveyPage } from './pages/survey-page';
import { isoInDays, pickDate } from './support/date-field';
import { storedRecord } from './support/indexed-db';
import { localeText } from './support/locale-text';

/** Starts an audit of Goal Bakery in `language` and opens its (empty) action plan. */
async function openPlanIn(page: Page, language: 'fa' | 'sk') {
  const survey = new SurveyPage(page);
  await page.goto('/');
  await new AppShell(page).chooseLanguage(language);
  await survey.start({ businessName: 'Goal Bakery' });
  const id = survey.assessmentId();
  await page.goto(`/a/${id}/plan`);
  const plan = new ActionPlanPage(page, language);
  await expect(plan.heading).toBeVisible();
  return { id, plan };
}

/** The goals stored in IndexedDB for one assessment, as the app saved them. */
async function storedGoals(page: Page, assessmentId: string) {
  const stored = await storedRecord<{ goals?: unknown[] }>(page, 'actionPlans', assessmentId);
  return stored?.goals ?? [];
}

test('Persian: a goal with target ۹۰ is saved as 90, edited, and the edit survives a reload', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const fa = localeText('fa', 'plan');
  const { id, plan } = await openPlanIn(page, 'fa');
  await new AppShell(page).expectLanguage('fa', 'rtl');

  const form = await plan.writeOwnGoal();
  await expect(form.what).toBeFocused();
  await form.what.fill('پاسخ سریع‌تر به تماس‌ها');
  // Not a number: a translated message, and what was typed stays.
  await form.targetValue.fill('نود');
  await form.targetUnit.fill('٪ تماس‌های پاسخ‌داده در ۲ دقیقه');
  await form.owner.fill('آنا');
  await pickDate(form.dueDate, isoInDays(30));
  await form.save.click();
  await expect(form.error('targetValueNotNumber')).toBeVisible();
  await expect(form.targetValue).toBeFocused();
  await expect(form.targetValue).toHaveValue('نود');

  await form.targetValue.fill('۹۰');
  await form.save.click();
  await expect(form.form).toHaveCount(0);
  const card = plan.goals;
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('۹۰ ٪ تماس‌های پاسخ‌داده در ۲ دقیقه');
  await expect
    .poll(() => storedGoals(page, id))
    .toEqual([expect.objectContaining({ targetValue: 90, owner: 'آنا' })]);
  const [saved] = (await storedGoals(page, id)) as { id: string }[];

  // A status set before the edit is kept by it.
  await card.getByLabel(/^وضعیت/).selectOption('inProgress');

  const edit = plan.editButton(card);
  await edit.click();
  const editForm = plan.editForm(card);
  await expect(editForm.heading).toHaveText(fa('form.editTitle'));
  await expect(editForm.what).toBeFocused();
  await expect(editForm.targetValue).toHaveValue('۹۰');
  await expect(editForm.owner).toHaveValue('آنا');
  await editForm.targetValue.fill('۹۵٫۵');
  await editForm.owner.fill('بهرام');
  await editForm.saveChanges.click();
  await expect(editForm.form).toHaveCount(0);
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
  const { id, plan } = await openPlanIn(page, 'sk');
  const form = await plan.writeOwnGoal();
  await form.what.fill('Rýchlejšie odpovede');
  await form.targetValue.fill('2,5');
  await form.targetUnit.fill('dňa na odpoveď');
  await form.owner.fill('Jana');
  await pickDate(form.dueDate, isoInDays(10));
  await form.save.click();
  await expect(form.form).toHaveCount(0);
  await expect(plan.goals).toContainText('2,5 dňa na odpoveď');
  await expect
    .poll(() => storedGoals(page, id))
    .toEqual([expect.objectContaining({ targetValue: 2.5 })]);
});
