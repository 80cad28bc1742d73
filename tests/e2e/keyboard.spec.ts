// The whole audit with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter): focus
// lands on the heading of each new step, the focused option shows a visible outline, and
// the survey fits a 320 px screen and 200 % zoom without sideways scrolling.
import { expect, test, type Page } from '@playwright/test';
import { ITEM_IDS, SECTION_SIZES } from './pages/survey-page';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, { back = false, max = 40 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

const focusedIsMainHeading = (page: Page) =>
  page.evaluate(() => document.activeElement === document.querySelector('main h1'));

/** Value given to each statement: 4 everywhere gives a total of exactly 28, an asset. */
const VALUE = 4;

test('the whole audit can be completed with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('form.new-assessment')).toBeVisible();
  await expect.poll(() => focusedIsMainHeading(page)).toBe(true);

  await tabTo(page, '#businessName');
  await page.keyboard.type('Keyboard Kiosk');
  await tabTo(page, 'form.new-assessment button[type=submit]');
  await page.keyboard.press('Enter');

  for (let step = 1; step <= SECTION_SIZES.length; step++) {
    await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
    // Focus is on the new step's heading, so the next Tab starts at this step's content.
    await expect.poll(() => focusedIsMainHeading(page)).toBe(true);
    await expect(page.locator('main h1')).toBeFocused();

    const start = SECTION_SIZES.slice(0, step - 1).reduce((a, b) => a + b, 0);
    const items = ITEM_IDS.slice(start, start + SECTION_SIZES[step - 1]!);
    for (const [index, itemId] of items.entries()) {
      await tabTo(page, `input[name="${itemId}"]`);
      // Nothing chosen yet: Tab lands on the first option; Space picks it, arrows move on.
      await expect(page.locator(`input[name="${itemId}"][value="1"]`)).toBeFocused();
      await page.keyboard.press('Space');
      for (let value = 1; value < VALUE; value++) await page.keyboard.press('ArrowDown');
      const chosen = page.locator(`input[name="${itemId}"][value="${VALUE}"]`);
      await expect(chosen).toBeFocused();
      await expect(chosen).toBeChecked();
      if (index === 0) {
        // Visible focus: the focused option's label (the tap target) draws an outline.
        const outline = await chosen.evaluate((input) => {
          const style = getComputedStyle(input.closest('label')!);
          return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        expect(outline.style).not.toBe('none');
        expect(outline.width).toBeGreaterThanOrEqual(2);
      }
    }

    if (step < SECTION_SIZES.length) {
      await tabTo(page, 'a[rel=next]');
      if (step > 1) {
        // Shift+Tab walks back: Back link, then the last statement's chosen option.
        await page.keyboard.press('Shift+Tab');
        await expect(page.locator('a[rel=prev]')).toBeFocused();
        await page.keyboard.press('Shift+Tab');
        await expect(page.locator(`input[name="${items.at(-1)}"][value="${VALUE}"]`)).toBeFocused();
        await tabTo(page, 'a[rel=next]');
      }
      await page.keyboard.press('Enter');
    }
  }

  await expect(page.locator('.survey-progress progress')).toHaveAttribute('value', '25');
  await tabTo(page, '.survey__nav button.button--primary');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/results$/);
  await expect.poll(() => focusedIsMainHeading(page)).toBe(true);
  await expect(page.getByTestId('total')).toHaveText('28');
  await expect(page.getByTestId('band')).toHaveText('An asset');
});

/** The page itself never scrolls sideways (inner scrollers such as a table may). */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const sizes = await page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    client: document.documentElement.clientWidth,
  }));
  expect(
    sizes.scroll,
    `${where}: page is ${sizes.scroll}px wide in ${sizes.client}px`,
  ).toBeLessThanOrEqual(sizes.client);
}

const LAYOUTS = [
  { name: '320 px phone', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  // A 1280 px window at 200 % zoom lays out as 640 CSS px at twice the density.
  { name: '200 % zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

for (const layout of LAYOUTS) {
  for (const language of ['en', 'sk', 'fa']) {
    test(`the survey fits a ${layout.name} without sideways scrolling (${language})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: layout.viewport,
        deviceScaleFactor: layout.deviceScaleFactor,
        reducedMotion: 'reduce',
      });
      await context.addInitScript(
        (lng) => localStorage.setItem('centricity.language', lng),
        language,
      );
      const page = await context.newPage();
      await page.goto('/');
      await expect(page.locator('form.new-assessment')).toBeVisible();
      await expectNoSidewaysScroll(page, 'home');
      await page.locator('#businessName').fill('Zoom');
      await page.locator('form.new-assessment button[type=submit]').click();
      for (let step = 1; step <= SECTION_SIZES.length; step++) {
        await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
        await expect(page.locator('main h1')).toBeFocused();
        const sets = await page.locator('fieldset.scale').all();
        for (const fieldset of sets) await fieldset.locator('input[value="3"]').check();
        await expectNoSidewaysScroll(page, `survey step ${step}`);
        // Every option stays a tap target of at least 44 × 44 CSS px.
        const box = await sets[0]!.locator('label.scale__option').first().boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(44);
        expect(box!.height).toBeGreaterThanOrEqual(44);
        if (step < SECTION_SIZES.length) await page.locator('a[rel=next]').click();
      }
      await page.locator('.survey__nav button.button--primary').click();
      await expect(page).toHaveURL(/\/results$/);
      await expect(page.locator('.chart-frame .recharts-surface')).toHaveCount(2);
      await expectNoSidewaysScroll(page, 'results');
      // prefers-reduced-motion: nothing is animating once the page has drawn.
      await expect
        .poll(() => page.evaluate(() => document.getAnimations().map((a) => String(a.id || a))))
        .toEqual([]);
      await context.close();
    });
  }
}
