import { expect, test } from '@playwright/test';
import { HistoryPage } from './pages/history-page';
import { ResultsPage } from './pages/results-page';
import { ITEM_IDS, SurveyPage } from './pages/survey-page';

test('two audits for one business: history, re-take, compare and trend', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const survey = new SurveyPage(page);

  // First audit: every section 3 except feedback (2) → total 3·6 + 2 = 20, at risk.
  await survey.start({ businessName: 'Corner Bakery', respondent: 'Ana', context: 'BUS 210' });
  await survey.completeAudit((id) => (id.startsWith('feedback') ? 2 : 3));
  const results = new ResultsPage(page);
  await expect(results.total).toHaveText('20');

  // Re-take from History: same business, new assessment.
  const history = new HistoryPage(page);
  await history.openFromMenu();
  await history.retake('Corner Bakery');
  // Second audit: feedback 4, staff 5, everything else 3 → 3·5 + 4 + 5 = 24, adequate.
  await survey.completeAudit((id) =>
    id.startsWith('feedback') ? 4 : id.startsWith('staff') ? 5 : 3,
  );
  await expect(results.total).toHaveText('24');
  // The re-take's verdict says what changed since the first audit.
  await expect(results.sinceLast).toContainText('▲ +4 since the previous audit on');

  // History lists both, filterable by status.
  await history.goto();
  await expect(history.items).toHaveCount(2);
  await expect(history.items.first()).toContainText('Adequate');
  await expect(history.items.nth(1)).toContainText('At risk');
  await history.filterByStatus('inProgress');
  await expect(history.items).toHaveCount(0);
  await history.filterByStatus('complete');
  await expect(history.items).toHaveCount(2);

  // Compare: the two most recent results of the business, earlier first.
  const compare = await history.openCompare();
  await expect(compare.row(/customer feedback/i)).toContainText('Up 2');
  await expect(compare.row(/your team/i)).toContainText('Up 2');
  await expect(compare.row(/company culture/i)).toContainText('No change');
  await expect(compare.row(/total/i)).toContainText('Up 4');
  await expect(compare.summary).toHaveText(/from 20 to 24/);
  await expect(compare.charts).toHaveCount(1);
  // Swapping the two shows a decrease with a down arrow and words.
  await compare.swap();
  await expect(compare.row(/customer feedback/i)).toContainText('▼ -2');
  await expect(compare.row(/customer feedback/i)).toContainText('Down 2');

  // Trend for the business (named with its course, which is part of "same business"):
  // both results in order, with the band of each.
  await history.goto();
  const trend = await history.openTrend();
  await expect(trend.heading).toHaveText(/^Trend for Corner Bakery\W+BUS 210$/);
  await expect(trend.totalRows).toHaveCount(2);
  await expect(trend.totalRows.nth(0)).toContainText('20');
  await expect(trend.totalRows.nth(0)).toContainText('At risk');
  await expect(trend.totalRows.nth(1)).toContainText('24');
  await expect(trend.totalRows.nth(1)).toContainText('Adequate');
  await expect(trend.sectionRow(/your team/i)).toContainText(/3\s*5/);
  await expect(trend.charts).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('delete from history names what was deleted and can be undone', async ({ page }) => {
  const survey = new SurveyPage(page);
  await survey.start({ businessName: 'Undo Shop' });
  await survey.answer(ITEM_IDS[0], 4);
  await survey.start({ businessName: 'Keep Shop' });
  const history = new HistoryPage(page);
  await history.goto();
  await expect(history.items).toHaveCount(2);

  await history.delete('Undo Shop');
  await expect(history.status).toContainText('Deleted “Undo Shop”');
  await expect(history.items).toHaveCount(1);
  await expect(history.undoButton).toBeFocused();
  await history.undoButton.click();
  await expect(history.status).toContainText('Restored “Undo Shop”');
  await expect(history.items).toHaveCount(2);
  await expect(history.item('Undo Shop')).toContainText('1 of 25 answered');

  // Delete without undo: gone after a reload.
  await history.delete('Undo Shop');
  await expect(history.items).toHaveCount(1);
  await page.reload();
  await expect(history.items).toHaveCount(1);
  await expect(history.items).toContainText('Keep Shop');
});
