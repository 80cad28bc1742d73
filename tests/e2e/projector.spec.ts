// The projector's slides (issue 11): each fits 1920×1080 and 1280×720 without scrolling,
// text is at least 24 px at 1080p, and the slides move with the arrow keys (mirrored in
// Persian), Page Up/Down, Home/End and the on-screen buttons.
import { expect, test, type Page } from '@playwright/test';
import { ITEM_IDS } from './pages/survey-page';

const SLIDE_IDS = ['invite', 'total', 'spread', 'weakest'] as const;
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

async function importWorkshop(page: Page, count: number) {
  await page.goto('/workshops');
  // The one file input of the Workshops page (its label is in the page's language).
  await page.locator('main input[type="file"]').setInputFiles({
    name: 'room.workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(workshopFile(count))),
  });
  await expect(page.locator('main .notice[role="status"]')).toBeVisible();
}

/** Waits until the slide's charts are drawn, then measures overflow and type sizes. */
async function measure(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.chart-frame')].every((chart) =>
      chart.querySelector('.recharts-surface'),
    ),
  );
  await page.waitForFunction(() =>
    [...document.querySelectorAll('img')].every((image) => image.complete),
  );
  return page.evaluate(() => {
    const stage = document.querySelector('.projector__stage') as HTMLElement;
    const root = document.scrollingElement!;
    const small: string[] = [];
    const outside: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      if (element.closest('.visually-hidden, [aria-hidden="true"]:not(.chart-frame__body)'))
        continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 24) small.push(`${size}px "${node.textContent.trim().slice(0, 40)}"`);
      if (rect.bottom > innerHeight + 1 || rect.right > innerWidth + 1 || rect.left < -1) {
        outside.push(`"${node.textContent.trim().slice(0, 40)}" at ${Math.round(rect.bottom)}`);
      }
    }
    return {
      pageScrolls: root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1,
      stageOverflows:
        stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1,
      small,
      outside,
    };
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
      await importWorkshop(page, 30);
      for (const [index, slide] of SLIDE_IDS.entries()) {
        await page.goto(`/workshops/projector-test/present?slide=${index + 1}`);
        await expect(page.locator(`[data-slide="${slide}"]`)).toBeVisible();
        const result = await measure(page);
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
  await page.goto('/workshops/projector-test/present');
  const slide = page.locator('[data-slide]');
  const position = page.locator('.projector__position');
  await expect(slide).toHaveAttribute('data-slide', 'invite');
  await expect(position).toHaveText(/Slide 1 of 4/);
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-slide', 'total');
  await page.keyboard.press('PageDown');
  await expect(slide).toHaveAttribute('data-slide', 'spread');
  await page.keyboard.press('ArrowLeft');
  await expect(slide).toHaveAttribute('data-slide', 'total');
  await page.keyboard.press('End');
  await expect(slide).toHaveAttribute('data-slide', 'weakest');
  await page.keyboard.press('ArrowRight'); // already the last
  await expect(slide).toHaveAttribute('data-slide', 'weakest');
  await page.keyboard.press('Home');
  await expect(slide).toHaveAttribute('data-slide', 'invite');
  // The buttons, reached with Tab and pressed with Enter.
  const next = page.getByRole('button', { name: 'Next' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(slide).toHaveAttribute('data-slide', 'total');
  await expect(next).toBeFocused();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(slide).toHaveAttribute('data-slide', 'invite');
  // The slide is kept in the address, so a reload stays on it.
  await page.keyboard.press('ArrowDown');
  await page.reload();
  await expect(slide).toHaveAttribute('data-slide', 'total');

  // Persian reads right to left: the next slide is to the left.
  await page.evaluate(() => localStorage.setItem('centricity.language', 'fa'));
  await page.goto('/workshops/projector-test/present?slide=1');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The boot script sets the direction before the first paint; the keys work once the
  // slides themselves are drawn.
  await expect(slide).toHaveAttribute('data-slide', 'invite');
  await page.keyboard.press('ArrowLeft');
  await expect(slide).toHaveAttribute('data-slide', 'total');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-slide', 'invite');
  await context.close();
});
