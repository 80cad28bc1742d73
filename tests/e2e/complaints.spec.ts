// The complaint log on a phone (issue 17): three complaints logged the quick way (one
// fixed on the spot, one with a promised date, one passed on), one closed, the figures.
import { expect, test } from '@playwright/test';
import { ComplaintLogPage, ComplaintPage, FiguresPage, ProblemsPage } from './pages/complaints';
import { HomePage } from './pages/home-page';
import { SettingsPage } from './pages/settings-page';
import { SurveyPage } from './pages/survey-page';
import { isoInDays } from './support/date-field';

test.use({ viewport: { width: 390, height: 844 } });

test('three complaints logged on a phone, one closed, the figures count them', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const log = new ComplaintLogPage(page);
  await log.goto();
  await log.chooseBusiness('Corner Bakery');
  await expect(log.heading).toHaveText(/^Complaint log: \u2068?Corner Bakery\u2069?$/);

  await log.log({
    summary: 'Change was two euros short',
    channel: 'In person',
    category: 'Price or bill',
    outcome: 'Fixed on the spot',
  });
  await log.newComplaint.click();
  await log.log({
    summary: 'Birthday cake had the wrong name on it',
    channel: 'Phone',
    category: 'Wrong or incomplete order',
    outcome: 'Promised by a date',
    promised: isoInDays(2),
  });
  await log.newComplaint.click();
  await log.log({
    summary: 'Courier left the bread at the wrong door',
    channel: 'E-mail',
    category: 'Late delivery',
    passedOnTo: 'Marta',
  });

  // All three are listed; the one fixed on the spot is resolved already.
  await log.show('All').check();
  await expect(page.getByText('3 complaints, 2 open')).toBeVisible();
  await expect(log.items).toHaveCount(3);
  await expect(page.getByText(/^Passed on to \u2068?Marta\u2069?$/)).toBeVisible();

  // Close the promised one on its own page.
  await log.details('Birthday cake had the wrong name on it').click();
  const complaint = new ComplaintPage(page);
  await complaint.close.click();
  await expect(page.getByText('Marked as resolved.')).toBeVisible();
  await page.reload();
  await expect(complaint.reopen).toBeVisible();

  // The figures: 3 received this month, 2 of 3 resolved, 1 of 3 fixed on the spot.
  await page.goto('/complaints/figures');
  const latest = new FiguresPage(page).latestPeriodCells();
  await expect(latest.nth(0)).toHaveText('3');
  await expect(latest.nth(1)).toHaveText('67%');
  await expect(latest.nth(2)).toHaveText('33%');
  // Everything fits a phone: no sideways scrolling of the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
});

test('four problems rated and ranked; the top three become action-plan goals in one step', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The business has an audit: its action plan is where the goals go.
  const home = new HomePage(page);
  await home.goto();
  await home.startAssessment({ businessName: 'Harbour Café', respondent: 'Ana' });
  const assessmentId = new SurveyPage(page).assessmentId();

  await page.goto('/complaints/problems');
  const worksheet = new ProblemsPage(page);
  await expect(worksheet.heading).toContainText('Harbour Café');
  const problems: [string, string, string, boolean][] = [
    ['Deliveries arrive after 6 pm', '4', '4', true],
    ['Card reader fails at lunchtime', '5', '5', true],
    ['People are unhappy', '5', '5', false],
    ['Oat milk runs out on Fridays', '3', '2', true],
  ];
  for (const [title] of problems) {
    await worksheet.title.fill(title);
    await worksheet.add.click();
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  }
  for (const [title, frequency, cost, concrete] of problems) {
    await worksheet.frequency(title).selectOption(frequency);
    await worksheet.cost(title).selectOption(cost);
    const box = worksheet.concrete(title);
    // The box shows what is stored: it changes once the write has landed.
    if ((await box.isChecked()) !== concrete) await box.click();
    await expect(box).toBeChecked({ checked: concrete });
  }
  // Ranked by how often × what it costs; the vague one is left out.
  await expect(worksheet.topThree).toHaveText([
    'Card reader fails at lunchtime',
    'Deliveries arrive after 6 pm',
    'Oat milk runs out on Fridays',
  ]);

  await page.getByRole('button', { name: 'Send the top three to the action plan' }).click();
  await expect(page.getByText('3 goals added to the action plan.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the action plan' }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${assessmentId}/plan$`));
  for (const title of ['Card reader fails at lunchtime', 'Deliveries arrive after 6 pm']) {
    await expect(page.getByText(new RegExp(`Fix: \\u2068?${title}`)).first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('export → delete all → import brings the complaint log and the worksheet back', async ({
  page,
}) => {
  const log = new ComplaintLogPage(page);
  await log.goto();
  await log.chooseBusiness('کافه نور');
  await log.log({
    summary: 'Tea was cold',
    channel: 'In person',
    category: 'Waiting time',
    outcome: 'Fixed on the spot',
  });
  await page.goto('/complaints/problems');
  const worksheet = new ProblemsPage(page);
  await worksheet.title.fill('Kettle too small at 8 am');
  await worksheet.add.click();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Kettle too small at 8 am' }),
  ).toBeVisible();

  const settings = new SettingsPage(page);
  await settings.goto();
  const file = (await (await settings.downloadBackup()).path())!;
  await settings.deleteAllData();
  await page.goto('/complaints');
  await expect(
    page.getByText('Choose the business this log is for, or type its name.'),
  ).toBeVisible();

  await settings.goto();
  await settings.importBackup(file);
  await expect(settings.importSummary).toContainText(/Import finished: 2 added/);
  await log.goto();
  await log.show('All').check();
  await expect(log.items).toHaveCount(1);
  await expect(log.items).toContainText('Tea was cold');
  await page.goto('/complaints/problems');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Kettle too small at 8 am' }),
  ).toBeVisible();
});
