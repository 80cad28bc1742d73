// The complaint log, the figures, the customer surveys and the top three problems with
// the keyboard alone (issue 17, item 7): Tab and Shift+Tab to move, typing, arrows in
// radio groups and lists, Space for boxes, Enter for buttons and links. No clicks. And
// the same screens with the network cut after the first visit.
import { expect, test } from '@playwright/test';
import {
  ComplaintLogPage,
  ComplaintPage,
  CustomerSurveysPage,
  FiguresPage,
  ProblemsPage,
} from './pages/complaints';
import { tabTo } from './pages/keyboard';
import { waitForServiceWorkerControl } from './support/service-worker';

test('log, close, delete and undo, figures, a survey round and a ranked problem with the keyboard only', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const log = new ComplaintLogPage(page);
  await log.goto();
  // The new screen's heading has focus, so the first Tab starts in its content.
  await expect(log.heading).toBeFocused();

  await tabTo(page, log.businessName);
  await page.keyboard.type('Keyboard Kiosk');
  await page.keyboard.press('Enter');
  await expect(log.heading).toContainText('Keyboard Kiosk');

  // First complaint: fixed on the spot. With no channel chosen, Tab lands on the first
  // one and the arrows move the choice; the category list answers typed letters.
  await tabTo(page, log.summary);
  await page.keyboard.type('Receipt printer jammed');
  await tabTo(page, log.channel('In person'));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(log.channel('Phone')).toBeChecked();
  await tabTo(page, log.category);
  await page.keyboard.type('Price');
  await expect(log.category).toHaveValue('priceOrBill');
  await tabTo(page, log.outcome('Not settled yet'));
  await page.keyboard.press('ArrowDown');
  await expect(log.outcome('Fixed on the spot')).toBeChecked();
  await tabTo(page, log.save);
  await page.keyboard.press('Enter');
  await expect(log.message).toContainText('Receipt printer jammed');

  // Second complaint: not settled, passed on to someone (a box ticked with Space).
  await tabTo(page, log.newComplaint, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, log.summary);
  await page.keyboard.type('Delivery came a day late');
  await tabTo(page, log.channel('In person'));
  await page.keyboard.press('Space');
  await tabTo(page, log.category);
  await page.keyboard.type('Late');
  await expect(log.category).toHaveValue('lateDelivery');
  await tabTo(page, log.passedOn);
  await page.keyboard.press('Space');
  await tabTo(page, log.passedOnTo);
  await page.keyboard.type('Marta');
  await tabTo(page, log.save);
  await page.keyboard.press('Enter');
  await expect(log.message).toContainText('Delivery came a day late');
  // Saving one fixed on the spot switched the list to all complaints, so it stays in view.
  await expect(log.show('All')).toBeChecked();
  await expect(log.items).toHaveCount(2);

  // Close it on its own page, then delete it there; the log offers Undo, with focus.
  await tabTo(page, log.details('Delivery came a day late'));
  await page.keyboard.press('Enter');
  const complaint = new ComplaintPage(page);
  await expect(complaint.heading).toBeFocused();
  await tabTo(page, complaint.close);
  await page.keyboard.press('Enter');
  await expect(complaint.reopen).toBeVisible();
  await tabTo(page, complaint.remove);
  await page.keyboard.press('Enter');
  await expect(log.undo).toBeFocused();
  await expect(log.message).toContainText('Delivery came a day late');
  await page.keyboard.press('Enter');
  await expect(log.message).not.toContainText('Delivery came a day late');
  // Both are resolved now, so the log (open ones first) lists none; the arrows show all.
  await expect(log.show('Open ones')).toBeChecked();
  await expect(log.items).toHaveCount(0);
  await tabTo(page, log.show('Open ones'));
  await page.keyboard.press('ArrowDown');
  await expect(log.show('All')).toBeChecked();
  await expect(log.items).toHaveCount(2);

  // The figures: both this month, both resolved, one of them on the spot.
  await tabTo(page, log.navLink('Figures'), { back: true });
  await page.keyboard.press('Enter');
  const figures = new FiguresPage(page);
  await expect(figures.heading).toBeFocused();
  await expect(figures.latestPeriodCells().nth(0)).toHaveText('2');
  await expect(figures.latestPeriodCells().nth(1)).toHaveText('100%');
  await expect(figures.latestPeriodCells().nth(2)).toHaveText('50%');

  // A survey round: 20 answers, 15 satisfied.
  await tabTo(page, figures.navLink('Surveys'), { back: true });
  await page.keyboard.press('Enter');
  const surveys = new CustomerSurveysPage(page);
  await expect(surveys.heading).toBeFocused();
  await tabTo(page, surveys.responses);
  await page.keyboard.type('20');
  await tabTo(page, surveys.satisfied);
  await page.keyboard.type('15');
  await tabTo(page, surveys.save);
  await page.keyboard.press('Enter');
  await expect(surveys.message).toContainText('Survey round saved.');
  await expect(surveys.rounds).toContainText('75%');

  // A problem added, rated with the arrow keys, ticked as concrete: it ranks first.
  await tabTo(page, surveys.navLink('Top three'), { back: true });
  await page.keyboard.press('Enter');
  const problems = new ProblemsPage(page);
  await expect(problems.heading).toBeFocused();
  const title = 'Receipt printer jams at rush hour';
  await tabTo(page, problems.title);
  await page.keyboard.type(title);
  await tabTo(page, problems.add);
  await page.keyboard.press('Enter');
  await expect(problems.problem(title)).toBeVisible();
  await tabTo(page, problems.frequency(title));
  await page.keyboard.type('4');
  await expect(problems.frequency(title)).toHaveValue('4');
  await tabTo(page, problems.cost(title));
  await page.keyboard.type('3');
  await expect(problems.cost(title)).toHaveValue('3');
  await tabTo(page, problems.concrete(title));
  if (!(await problems.concrete(title).isChecked())) await page.keyboard.press('Space');
  await expect(problems.concrete(title)).toBeChecked();
  await expect(problems.topThree).toHaveText([title]);

  // Removed and brought back with Undo, which takes focus.
  await tabTo(page, problems.remove(title));
  await page.keyboard.press('Enter');
  await expect(problems.undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(problems.topThree).toHaveText([title]);
  expect(errors).toEqual([]);
});

test('after one visit the complaint screens work offline, and what is logged there stays', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const log = new ComplaintLogPage(page);
  await log.goto();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await log.chooseBusiness('Offline Kiosk');
  await log.log({
    summary: 'Card machine offline too',
    channel: 'In person',
    category: 'Price or bill',
    outcome: 'Fixed on the spot',
  });
  // Every complaint screen opens from the service worker's cache, charts included.
  const figures = new FiguresPage(page);
  await figures.navLink('Figures').click();
  await expect(figures.latestPeriodCells().nth(0)).toHaveText('1');
  await expect(figures.charts.first()).toBeVisible();
  await figures.navLink('Surveys').click();
  await expect(new CustomerSurveysPage(page).save).toBeVisible();
  const problems = new ProblemsPage(page);
  await problems.navLink('Top three').click();
  await expect(problems.add).toBeVisible();
  // A reload with no network keeps the complaint.
  await problems.navLink('Log').click();
  await page.reload();
  await log.show('All').check();
  await expect(log.items).toHaveCount(1);
  await expect(log.items).toContainText('Card machine offline too');
  expect(errors).toEqual([]);
});
