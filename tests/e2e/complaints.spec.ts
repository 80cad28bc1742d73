// The complaint log on a phone (issue 17): three complaints logged the quick way (one
// fixed on the spot, one with a promised date, one passed on), one closed, the figures.
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

function isoInDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function logComplaint(
  page: Page,
  fields: {
    summary: string;
    channel: string;
    category: string;
    outcome?: 'Fixed on the spot' | 'Promised by a date';
    promised?: string;
    passedOnTo?: string;
  },
) {
  const form = page.locator('form').filter({ hasText: 'New complaint' });
  await form.getByLabel('What was the complaint about?').fill(fields.summary);
  await form.getByRole('radio', { name: fields.channel, exact: true }).check();
  await form.getByLabel('Category', { exact: true }).selectOption({ label: fields.category });
  if (fields.outcome) await form.getByRole('radio', { name: fields.outcome }).check();
  if (fields.promised) await form.getByLabel('Date promised to the customer').fill(fields.promised);
  if (fields.passedOnTo) {
    await form.getByLabel('Passed on to someone who can decide more').check();
    await form.getByRole('textbox', { name: /^Passed on to/ }).fill(fields.passedOnTo);
  }
  await form.getByRole('button', { name: 'Save complaint' }).click();
  await expect(page.getByRole('status').filter({ hasText: fields.summary })).toBeVisible();
}

test('three complaints logged on a phone, one closed, the figures count them', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/complaints');
  await page.getByLabel('Name of the business').fill('Corner Bakery');
  await page.getByRole('button', { name: 'Use this name' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Complaint log: \u2068?Corner Bakery\u2069?$/,
  );

  await logComplaint(page, {
    summary: 'Change was two euros short',
    channel: 'In person',
    category: 'Price or bill',
    outcome: 'Fixed on the spot',
  });
  await page.getByRole('button', { name: 'Log a complaint' }).click();
  await logComplaint(page, {
    summary: 'Birthday cake had the wrong name on it',
    channel: 'Phone',
    category: 'Wrong or incomplete order',
    outcome: 'Promised by a date',
    promised: isoInDays(2),
  });
  await page.getByRole('button', { name: 'Log a complaint' }).click();
  await logComplaint(page, {
    summary: 'Courier left the bread at the wrong door',
    channel: 'E-mail',
    category: 'Late delivery',
    passedOnTo: 'Marta',
  });

  // All three are listed; the one fixed on the spot is resolved already.
  await page.getByRole('radio', { name: 'All' }).check();
  await expect(page.getByText('3 complaints, 2 open')).toBeVisible();
  await expect(page.locator('.complaint-list__item')).toHaveCount(3);
  await expect(page.getByText(/^Passed on to \u2068?Marta\u2069?$/)).toBeVisible();

  // Close the promised one on its own page.
  await page.getByRole('link', { name: 'View: Birthday cake had the wrong name on it' }).click();
  await page.getByRole('button', { name: 'Mark as resolved' }).click();
  await expect(page.getByText('Marked as resolved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // The figures: 3 received this month, 2 of 3 resolved, 1 of 3 fixed on the spot.
  await page.goto('/complaints/figures');
  const table = page.locator('table').filter({ hasText: 'Complaints per period' });
  const row = table.locator('tbody tr').last();
  await expect(row.locator('td').nth(0)).toHaveText('3');
  await expect(row.locator('td').nth(1)).toHaveText('67%');
  await expect(row.locator('td').nth(2)).toHaveText('33%');
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
  await page.goto('/');
  await page.locator('#businessName').fill('Harbour Café');
  await page.locator('#respondent').fill('Ana');
  await page.locator('form.new-assessment button[type=submit]').click();
  await expect(page).toHaveURL(/\/a\/[^/]+\/survey\/1$/);
  const assessmentId = /\/a\/([^/]+)\//.exec(page.url())![1]!;

  await page.goto('/complaints/problems');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbour Café');
  const problems: [string, string, string, boolean][] = [
    ['Deliveries arrive after 6 pm', '4', '4', true],
    ['Card reader fails at lunchtime', '5', '5', true],
    ['People are unhappy', '5', '5', false],
    ['Oat milk runs out on Fridays', '3', '2', true],
  ];
  const add = page.getByRole('form', { name: 'Add a problem' });
  for (const [title] of problems) {
    await add.getByLabel('The problem', { exact: true }).fill(title);
    await add.getByRole('button', { name: 'Add to the list' }).click();
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  }
  for (const [title, frequency, cost, concrete] of problems) {
    const item = page.getByRole('listitem', { name: title });
    await item.getByLabel('How often').selectOption(frequency);
    await item.getByLabel('What it costs').selectOption(cost);
    const box = item.getByLabel('Concrete enough to act on');
    // The box shows what is stored: it changes once the write has landed.
    if ((await box.isChecked()) !== concrete) await box.click();
    await expect(box).toBeChecked({ checked: concrete });
  }
  // Ranked by how often × what it costs; the vague one is left out.
  await expect(page.getByTestId('top-three').getByRole('listitem')).toHaveText([
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
  await page.goto('/complaints');
  await page.getByLabel('Name of the business').fill('کافه نور');
  await page.getByRole('button', { name: 'Use this name' }).click();
  await logComplaint(page, {
    summary: 'Tea was cold',
    channel: 'In person',
    category: 'Waiting time',
    outcome: 'Fixed on the spot',
  });
  await page.goto('/complaints/problems');
  const add = page.getByRole('form', { name: 'Add a problem' });
  await add.getByLabel('The problem', { exact: true }).fill('Kettle too small at 8 am');
  await add.getByRole('button', { name: 'Add to the list' }).click();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Kettle too small at 8 am' }),
  ).toBeVisible();

  await page.goto('/settings');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  const file = (await (await downloadPromise).path())!;
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page
    .getByRole('dialog', { name: 'Delete everything?' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'All data was deleted.' })).toBeVisible();
  await page.goto('/complaints');
  await expect(
    page.getByText('Choose the business this log is for, or type its name.'),
  ).toBeVisible();

  await page.goto('/settings');
  await page.getByLabel('Backup file (JSON)').setInputFiles(file);
  await expect(page.getByTestId('import-summary')).toContainText(/Import finished: 2 added/);
  await page.goto('/complaints');
  await page.getByRole('radio', { name: 'All' }).check();
  await expect(page.locator('.complaint-list__item')).toHaveCount(1);
  await expect(page.locator('.complaint-list__item')).toContainText('Tea was cold');
  await page.goto('/complaints/problems');
  await expect(
    page.getByRole('heading', { level: 3, name: 'Kettle too small at 8 am' }),
  ).toBeVisible();
});
