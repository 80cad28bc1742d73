// A participant shares results by link; a trainer collects three of them in a workshop.
import { expect, test, type Page } from '@playwright/test';
import { completeAudit } from './pages/audit';
import { drawnCharts } from './pages/charts';
import { SharedLinkPage } from './pages/shared-link-page';

/** From Results: opens Share, copies the link and returns what the clipboard holds. */
async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share this result');
  await expect(page.getByRole('img', { name: 'QR code that opens this result' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.getByTestId('share-link')).toHaveValue(copied);
  return copied;
}

test('three participants share by link; the trainer sees the right group profile', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  const participant = await browser.newContext({
    baseURL,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const trainer = await browser.newContext({ baseURL });
  const participantPage = await participant.newPage();
  const trainerPage = await trainer.newPage();
  for (const page of [participantPage, trainerPage]) {
    page.on('pageerror', (error) => errors.push(error.message));
  }

  // Totals: 35 (asset), 21 (adequate), 13 (at risk: culture 1, the rest 2).
  const people = [
    [5, 5, 5, 5, 5, 5, 5],
    [3, 3, 3, 3, 3, 3, 3],
    [1, 2, 2, 2, 2, 2, 2],
  ];
  const links: string[] = [];
  for (const answers of people) {
    await completeAudit(participantPage, answers);
    links.push(await copyShareLink(participantPage));
  }
  for (const link of links) {
    expect(link).toMatch(/\/s#[A-Za-z0-9_-]{32}$/);
    expect(new URL(link).search).toBe('');
  }

  // The trainer creates a workshop, then opens the first link and adds it.
  await trainerPage.goto('/workshops');
  await trainerPage.getByLabel('Workshop name').fill('Kuala Lumpur retail, 12 March');
  await trainerPage.getByRole('button', { name: 'Create workshop' }).click();
  await expect(trainerPage.getByRole('heading', { level: 1 })).toHaveText(
    'Kuala Lumpur retail, 12 March',
  );
  const workshopUrl = trainerPage.url();

  const opened = new SharedLinkPage(trainerPage);
  await opened.goto(links[0]!);
  await expect(trainerPage.getByTestId('total')).toHaveText('35');
  await expect(trainerPage.getByTestId('band')).toHaveText('An asset');
  await opened.openWorkshopForm();
  await expect(opened.workshopList).toHaveValue(/.+/);
  await opened.addToWorkshop.click();
  await expect(trainerPage.getByText('Added to “Kuala Lumpur retail, 12 March”.')).toBeVisible();
  // Adding the same link again is recognised as a duplicate.
  await opened.addToWorkshop.click();
  await expect(trainerPage.getByText(/already in “Kuala Lumpur retail, 12 March”/)).toBeVisible();

  // The other two (and the first once more) are pasted, one per line.
  await trainerPage.goto(workshopUrl);
  await trainerPage.getByLabel('Share links or chat messages with links').fill(links.join('\n'));
  await trainerPage.getByRole('button', { name: 'Add links' }).click();
  await expect(trainerPage.getByTestId('add-outcome')).toHaveText(
    '2 added, 1 skipped as a duplicate.',
  );

  await expect(trainerPage.getByTestId('participant-count')).toHaveText('3');
  // Group mean total (35 + 21 + 13) / 3 = 23 → adequate.
  await expect(trainerPage.getByTestId('group-mean')).toHaveText('23');
  await expect(trainerPage.getByTestId('group-band')).toHaveText('Adequate');
  await expect(trainerPage.getByTestId('band-count-asset')).toContainText('1 participant');
  await expect(trainerPage.getByTestId('band-count-adequate')).toContainText('1 participant');
  await expect(trainerPage.getByTestId('band-count-atRisk')).toContainText('1 participant');
  const spread = trainerPage.getByTestId('spread-table');
  // Culture: 5, 3, 1 → mean 3, median 3; every other section: 5, 3, 2 → mean 3.33.
  await expect(spread.getByRole('row', { name: /Company culture/ })).toContainText(
    /Company culture\s*Weakest\s*3\s*1\s*2\s*3\s*4\s*5/,
  );
  await expect(spread.getByRole('row', { name: /Your team/ })).toHaveText(
    /Your team\s*3\.33\s*2\s*2\.5\s*3\s*4\s*5/,
  );
  await expect(trainerPage.getByTestId('group-weakest')).toHaveText(/Company culture/);
  await expect(drawnCharts(trainerPage)).toHaveCount(2);

  // The projector view shows the same profile.
  await trainerPage.getByRole('link', { name: 'Projector view' }).click();
  await expect(trainerPage.getByTestId('arrival-count')).toHaveText('3 in');
  await trainerPage.keyboard.press('ArrowRight');
  await expect(trainerPage.getByTestId('group-mean')).toHaveText('23');
  await trainerPage.getByRole('link', { name: 'Back to the workshop' }).click();

  // Removing a participant updates the dashboard.
  await trainerPage.getByRole('button', { name: 'Remove participant 3' }).click();
  await expect(trainerPage.getByTestId('participant-count')).toHaveText('2');
  await expect(trainerPage.getByTestId('group-mean')).toHaveText('28');

  // A tampered link shows the error page and no numbers.
  const code = links[1]!.split('#')[1]!;
  const swapped = code[5] === 'A' ? 'B' : 'A';
  await trainerPage.goto(`/s#${code.slice(0, 5)}${swapped}${code.slice(6)}`);
  await expect(trainerPage.getByRole('heading', { level: 1 })).toHaveText('This link is damaged');
  await expect(trainerPage.getByTestId('total')).toHaveCount(0);
  // A truncated one says so.
  await trainerPage.goto(`/s#${code.slice(0, 20)}`);
  await expect(trainerPage.getByRole('heading', { level: 1 })).toHaveText(
    'This link is incomplete',
  );

  expect(errors).toEqual([]);
  await participant.close();
  await trainer.close();
});
