// Completing the whole audit as a participant would, one value per section.
import type { Page } from '@playwright/test';
import { SECTION_IDS, type SectionId } from '../../../src/domain/instrument';
import { SurveyPage } from './survey-page';

/** The answer for each statement from one value per section (culture … improvement). */
function bySectionValue(bySection: readonly number[]) {
  return (itemId: string) => bySection[SECTION_IDS.indexOf(itemId.split('.')[0] as SectionId)]!;
}

/** Answers every step of a survey that is already open at step 1, then finishes it. */
export async function answerWholeSurvey(page: Page, bySection: readonly number[]): Promise<void> {
  await new SurveyPage(page).answerAll(bySectionValue(bySection));
}

/** Starts an assessment from Home, answers it and waits for Results. */
export async function completeAudit(page: Page, bySection: readonly number[]): Promise<void> {
  const survey = new SurveyPage(page);
  await survey.start();
  await survey.completeAudit(bySectionValue(bySection));
}
