// Completing the whole audit as a participant would, one value per section.
import { expect, type Page } from '@playwright/test';
import { SECTION_SIZES, SurveyPage } from './survey-page';

/** Answers every step of a survey that is already open at step 1, then finishes it. */
export async function answerWholeSurvey(page: Page, bySection: readonly number[]): Promise<void> {
  const survey = new SurveyPage(page);
  for (let step = 1; step <= SECTION_SIZES.length; step++) {
    await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
    await survey.answerStep(step, () => bySection[step - 1]!);
    if (step < SECTION_SIZES.length) await survey.next();
  }
  await page.getByRole('button', { name: /see my results/i }).click();
}

/** Starts an assessment from Home, answers it and waits for Results. */
export async function completeAudit(page: Page, bySection: readonly number[]): Promise<void> {
  await new SurveyPage(page).start();
  await answerWholeSurvey(page, bySection);
  await expect(page).toHaveURL(/\/results$/);
}
