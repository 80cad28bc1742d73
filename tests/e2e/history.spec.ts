import { expect, test } from '@playwright/test';
import { ITEM_IDS, SurveyPage } from './pages/survey-page';

test('two audits for one business: history, re-take, compare and trend', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const survey = new SurveyPage(page);

  // First audit: every section 3 except feedback (2) → total 3·6 + 2 = 20, at risk.
  await survey.start({ businessName: 'Corner Bakery', respondent: 'Ana', context: 'BUS 210' });
  await survey.completeAudit((id) => (id.startsWith('feedback') ? 2 : 3));
  await expect(page.getByTestId('total')).toHaveText('20');

  // Re-take from History: same business, new assessment.
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await page.getByRole('button', { name: /^Re-take\W+Corner Bakery/ }).click();
  await expect(page).toHaveURL(/\/survey\/1$/);
  // Second audit: feedback 4, staff 5, everything else 3 → 3·5 + 4 + 5 = 24, adequate.
  await survey.completeAudit((id) =>
    id.startsWith('feedback') ? 4 : id.startsWith('staff') ? 5 : 3,
  );
  await expect(page.getByTestId('total')).toHaveText('24');
  // The re-take's verdict says what changed since the first audit.
  await expect(page.getByTestId('since-last')).toContainText('▲ +4 since the previous audit on');

  // History lists both, filterable by status.
  await page.goto('/history');
  const items = page.getByTestId('history-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Adequate');
  await expect(items.nth(1)).toContainText('At risk');
  await page.getByLabel('Status').selectOption('inProgress');
  await expect(items).toHaveCount(0);
  await page.getByLabel('Status').selectOption('complete');
  await expect(items).toHaveCount(2);

  // Compare: the two most recent results of the business, earlier first.
  await page.getByRole('link', { name: 'Compare two results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare two results');
  const table = page.getByRole('table', { name: /section averages of both results/i });
  await expect(table.getByRole('row', { name: /customer feedback/i })).toContainText('Up 2');
  await expect(table.getByRole('row', { name: /your team/i })).toContainText('Up 2');
  await expect(table.getByRole('row', { name: /company culture/i })).toContainText('No change');
  await expect(table.getByRole('row', { name: /total/i })).toContainText('Up 4');
  await expect(page.getByTestId('compare-summary')).toHaveText(/from 20 to 24/);
  await expect(page.locator('.recharts-wrapper')).toHaveCount(1);
  // Swapping the two shows a decrease with a down arrow and words.
  const [first, second] = await Promise.all([
    page.getByRole('combobox', { name: 'Before' }).inputValue(),
    page.getByRole('combobox', { name: 'After' }).inputValue(),
  ]);
  await page.getByRole('combobox', { name: 'Before' }).selectOption(second);
  await page.getByRole('combobox', { name: 'After' }).selectOption(first);
  const feedbackRow = table.getByRole('row', { name: /customer feedback/i });
  await expect(feedbackRow).toContainText('▼ -2');
  await expect(feedbackRow).toContainText('Down 2');

  // Trend for the business (named with its course, which is part of "same business"):
  // both results in order, with the band of each.
  await page.goto('/history');
  await page.getByRole('link', { name: 'Trend over time' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Trend for Corner Bakery\W+BUS 210$/,
  );
  const totals = page.getByTestId('trend-total-table');
  await expect(totals.locator('tbody tr')).toHaveCount(2);
  await expect(totals.locator('tbody tr').nth(0)).toContainText('20');
  await expect(totals.locator('tbody tr').nth(0)).toContainText('At risk');
  await expect(totals.locator('tbody tr').nth(1)).toContainText('24');
  await expect(totals.locator('tbody tr').nth(1)).toContainText('Adequate');
  const sections = page.getByTestId('trend-sections-table');
  await expect(sections.getByRole('row', { name: /your team/i })).toContainText(/3\s*5/);
  await expect(page.locator('.recharts-wrapper')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('delete from history names what was deleted and can be undone', async ({ page }) => {
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Undo Shop' });
  await survey.answer(ITEM_IDS[0], 4);
  await survey.start({ businessName: 'Keep Shop' });
  await page.goto('/history');
  const items = page.getByTestId('history-item');
  await expect(items).toHaveCount(2);

  await page.getByRole('button', { name: /^Delete\W+Undo Shop/ }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Undo Shop”');
  await expect(items).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('Restored “Undo Shop”');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Undo Shop' })).toContainText('1 of 25 answered');

  // Delete without undo: gone after a reload.
  await page.getByRole('button', { name: /^Delete\W+Undo Shop/ }).click();
  await expect(items).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('history-item')).toHaveCount(1);
  await expect(page.getByTestId('history-item')).toContainText('Keep Shop');
});
