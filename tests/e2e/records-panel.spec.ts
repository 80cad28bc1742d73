// The feedback and accessibility steps show what the business's own records say (its
// complaint log). That panel loads after the step; it must not move the statements when it
// arrives, or a tap meant for one option lands on another (a browser-test run on a fresh
// machine caught a click lost that way).
import { expect, test } from '@playwright/test';
import { SECTIONS } from '../../src/domain/instrument';
import { SurveyPage } from './pages/survey-page';

test.use({ viewport: { width: 390, height: 800 } });

test('the records panel arrives below the statements and moves none of them', async ({ page }) => {
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Steady Bakery' });
  const id = survey.assessmentId();
  const feedbackStep = SECTIONS.findIndex((section) => section.id === 'feedback') + 1;
  await page.goto(`/a/${id}/survey/${feedbackStep}`);
  const first = survey.statement(SECTIONS[feedbackStep - 1]!.itemIds[0]!);
  await expect(first).toBeVisible();
  const before = await first.boundingBox();
  const panel = page.getByRole('complementary', { name: 'What your own records say' });
  await expect(panel).toBeVisible();
  const after = await first.boundingBox();
  expect(after?.y).toBe(before?.y);
  // The panel follows the last statement.
  const last = survey.statement(SECTIONS[feedbackStep - 1]!.itemIds.at(-1)!);
  expect((await panel.boundingBox())!.y).toBeGreaterThan((await last.boundingBox())!.y);
});
