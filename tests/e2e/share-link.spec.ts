// An opened share link on a phone's first visit does only what the screen shows: charts
// are drawn when they come into view, the total's scale needs no chart library, and the
// storage behind "Add to a workshop" loads when that form is opened (issue 16).
import { expect, test } from '@playwright/test';
import { ITEM_IDS } from '../../src/domain/instrument';
import { encodeShareCode, shareLink } from '../../src/domain/share-code';
import { drawnCharts } from './pages/charts';
import { SharedLinkPage } from './pages/shared-link-page';

test.use({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });

test('a shared result draws each chart when it comes into view and loads storage only for a workshop', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 3])) as Parameters<
    typeof encodeShareCode
  >[0]['answers'];
  const opened = new SharedLinkPage(page);
  await opened.goto(shareLink('http://localhost', encodeShareCode({ answers })));
  await expect(opened.heading).toBeFocused();
  await expect(page.getByTestId('total')).toHaveText('21');

  // The total's scale is on screen; the radar further down is not drawn yet.
  const frames = page.getByRole('figure');
  await expect(frames).toHaveCount(2);
  await expect(drawnCharts(frames.nth(0))).toHaveCount(1);
  await expect(frames.nth(1)).not.toBeInViewport();
  await expect(drawnCharts(frames.nth(1))).toHaveCount(0);
  const recharts = () => scripts.filter((path) => /\/recharts-/.test(path));
  expect(recharts()).toEqual([]);
  await frames.nth(1).scrollIntoViewIfNeeded();
  await expect(drawnCharts(frames.nth(1))).toHaveCount(1);
  expect(recharts()).toHaveLength(1);

  // Nothing has read or loaded storage so far; opening the workshop form does.
  expect(scripts.filter((path) => /\/dexie-/.test(path))).toEqual([]);
  await opened.openWorkshopForm();
  await expect(opened.workshopList).toHaveValue('__new__');
  expect(scripts.filter((path) => /\/dexie-/.test(path))).toHaveLength(1);
});
