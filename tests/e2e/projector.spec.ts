// The projector's slides (issue 11): each fits 1920×1080 and 1280×720 without scrolling,
// text is at least 24 px at 1080p, and the slides move with the arrow keys (mirrored in
// Persian), Page Up/Down, Home/End and the on-screen buttons.
import { expect, test, type Page } from '@playwright/test';
import type { LanguageCode } from '../../src/i18n/languages';
import { AppShell } from './pages/app-shell';
import { ProjectorPage, SLIDE_IDS } from './pages/projector-page';
import { ITEM_IDS } from './pages/survey-page';
import { WorkshopsPage } from './pages/workshop-page';

const NAME = 'Kuala Lumpur retail owners, evening class of 12 March';

/** Culture and products lowest, staff highest, each person a little different. */
function answer(itemId: string, person: number, item: number): number {
  const bias: Record<string, number> = {
    culture: 2,
    products: 2,
    feedback: 3,
    knowledge: 3,
    accessibility: 4,
    staff: 4,
    improvement: 3,
  };
  const value = bias[itemId.split('.')[0]!]! + ((person * 7 + item * 3) % 3) - 1;
  return Math.min(5, Math.max(1, value));
}

/** A workshop file with `count` participants, seats 1…count. */
function workshopFile(count: number) {
  return {
    format: 'centricity-workshop',
    version: 1,
    exportedAt: Date.UTC(2025, 2, 12),
    workshop: { id: 'projector-test', name: NAME, createdAt: Date.UTC(2025, 2, 12) },
    participants: Array.from({ length: count }, (_, person) => ({
      fingerprint: `seat:${person + 1}`,
      label: `Seat ${person + 1}`,
      answers: Object.fromEntries(ITEM_IDS.map((id, item) => [id, answer(id, person, item)])),
      source: 'file',
      addedAt: Date.UTC(2025, 2, 12) + person,
    })),
  };
}

/** Imports the workshop file on the Workshops page (its labels in the page's language). */
async function importWorkshop(page: Page, count: number, language: LanguageCode = 'en') {
  const workshops = new WorkshopsPage(page, language);
  await workshops.goto();
  await workshops.importWorkshop({
    name: 'room.workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(workshopFile(count))),
  });
}

for (const language of ['en', 'fa'] as const) {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    test(`every slide fits ${width}×${height} in ${language}`, async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ baseURL, viewport: { width, height } });
      await context.addInitScript(
        (lng) => localStorage.setItem('centricity.language', lng),
        language,
      );
      const page = await context.newPage();
      await importWorkshop(page, 30, language);
      const projector = new ProjectorPage(page, language);
      for (const [index, slide] of SLIDE_IDS.entries()) {
        await projector.open('projector-test', index + 1);
        await projector.expectSlide(slide);
        const result = await projector.measureFit();
        expect(result.pageScrolls, `${slide}: the page scrolls`).toBe(false);
        expect(result.stageOverflows, `${slide}: the slide overflows`).toBe(false);
        expect(result.outside, `${slide}: text off screen`).toEqual([]);
        if (height === 1080) expect(result.small, `${slide}: text under 24 px`).toEqual([]);
        await page.screenshot({ path: test.info().outputPath(`${slide}.png`) });
      }
      await context.close();
    });
  }
}

test('slides move with the keyboard and the buttons, mirrored in Persian', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await importWorkshop(page, 5);
  const projector = new ProjectorPage(page);
  await projector.open('projector-test');
  await projector.expectSlide('invite');
  await expect(projector.position).toHaveText(/Slide 1 of 4/);
  await page.keyboard.press('ArrowRight');
  await projector.expectSlide('total');
  await page.keyboard.press('PageDown');
  await projector.expectSlide('spread');
  await page.keyboard.press('ArrowLeft');
  await projector.expectSlide('total');
  await page.keyboard.press('End');
  await projector.expectSlide('weakest');
  await page.keyboard.press('ArrowRight'); // already the last
  await projector.expectSlide('weakest');
  await page.keyboard.press('Home');
  await projector.expectSlide('invite');
  // The buttons, reached with Tab and pressed with Enter.
  const next = projector.next;
  await next.focus();
  await page.keyboard.press('Enter');
  await projector.expectSlide('total');
  await expect(next).toBeFocused();
  await projector.previous.click();
  await projector.expectSlide('invite');
  // The slide is kept in the address, so a reload stays on it.
  await page.keyboard.press('ArrowDown');
  await page.reload();
  await projector.expectSlide('total');

  // Persian reads right to left: the next slide is to the left.
  await page.evaluate(() => localStorage.setItem('centricity.language', 'fa'));
  await page.goto('/workshops/projector-test/present?slide=1');
  await new AppShell(page).expectLanguage('fa', 'rtl');
  // The boot script sets the direction before the first paint; the keys work once the
  // slides themselves are drawn.
  await projector.expectSlide('invite');
  await page.keyboard.press('ArrowLeft');
  await projector.expectSlide('total');
  await page.keyboard.press('ArrowRight');
  await projector.expectSlide('invite');
  await context.close();
});
