// Layout checks shared by the layout walks: does a screen fit its width, and has every
// lazily drawn chart appeared. They read the whole document's geometry, which no locator
// can, so the selectors stay here, in one place, rather than in the specs.
import { expect, type Page } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { DRAWN_CHART } from '../pages/charts';

/** Fails when the page is wider than its viewport, naming the elements that stick out. */
export async function expectFits(page: Page, screen: string) {
  const sizes = await page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    client: document.documentElement.clientWidth,
    // The widest element that sticks out, to say what overflows.
    culprit: [...document.querySelectorAll('body *')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(
        ({ box }) => box.right > document.documentElement.clientWidth + 0.5 || box.left < -0.5,
      )
      .map(({ element }) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
      .slice(-3)
      .join(', '),
  }));
  expect(
    sizes.scroll,
    `${screen}: ${sizes.scroll}px wide in ${sizes.client}px (${sizes.culprit})`,
  ).toBeLessThanOrEqual(sizes.client);
}

/**
 * Opens a screen and waits for its heading and every chart it draws (charts load lazily;
 * a shared result's only when they come into view, so each is scrolled to in turn).
 */
export async function openAndSettle(page: Page, path: string) {
  await page.goto(path);
  await expect(new AppShell(page).mainHeading.first()).toBeVisible();
  await page.waitForFunction(
    (drawn) => {
      const undrawn = [...document.querySelectorAll('main .chart-frame')].filter(
        (frame) => !frame.querySelector(drawn),
      );
      undrawn[0]?.scrollIntoView({ block: 'center' });
      return undrawn.length === 0;
    },
    DRAWN_CHART,
    { timeout: 30_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  // The page still for a moment.
  await page.waitForTimeout(200);
}
