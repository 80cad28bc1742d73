// A field keeps its label, hint and control together at its top, even in a grid cell made
// taller by the field beside it (the workshop's file picker next to the links box spread
// them over the cell's height until `.field` set `align-content: start`).
import { expect, test } from '@playwright/test';
import { WorkshopsPage } from './pages/workshop-page';

test('the file field beside the taller links box keeps its label and hint together', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const workshops = new WorkshopsPage(page);
  await workshops.goto();
  const workshop = await workshops.create('Retail 12 March');
  const label = (await workshop.resultFilesLabel.boundingBox())!;
  const hint = (await workshop.resultFilesHint.boundingBox())!;
  const links = (await workshop.links.boundingBox())!;
  // Side by side, and the links box (five lines) is the taller field.
  expect(Math.abs(label.y - links.y)).toBeLessThan(40);
  expect(links.height).toBeGreaterThan(80);
  // The hint starts one line below its label's top (the field's gap is 0.3rem), not
  // halfway down the cell.
  expect(hint.y - label.y).toBeLessThan(40);
});
