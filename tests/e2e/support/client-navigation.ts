// Moving between screens the way a link does (the router's history listener, no reload),
// and waiting until the next screen has drawn. Used where one page visits many screens,
// such as the accessibility walk. The waiting looks straight at the DOM inside the
// browser: "an element that was not there before", "every chart frame has its drawing"
// and "the DOM has been still for a moment" are not things a role or a name can say, so
// the CSS selectors of this file stay raw.
import { expect, type Page } from '@playwright/test';
import { DRAWN_CHART } from '../pages/charts';

/** Moves the app to `path` through the router, as a link does, and waits for the screen. */
export async function navigate(page: Page, path: string) {
  const here = new URL(page.url());
  if (here.pathname + here.search + here.hash === path) return settle(page, path);
  await page.evaluate((to) => {
    // Mark what is on screen now, so settle() can tell the next screen from this one.
    for (const element of document.querySelectorAll('main *')) element.setAttribute('data-old', '');
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settle(page, path);
}

/**
 * Waits until the screen at `path` has rendered (new elements with an h1, or an empty main
 * for a screen that renders nothing) and the DOM has been still for a moment.
 */
export async function settle(page: Page, path: string) {
  await expect(page).toHaveURL((url) => url.pathname + url.search + url.hash === path);
  // New content with an h1 (or an empty main), and every lazily loaded chart drawn, so
  // the charts are scanned too. Checked again after the DOM has been still, because a
  // screen may briefly show stale data before its own loads.
  const ready = () =>
    page.waitForFunction(
      (drawn) => {
        const main = document.querySelector('main');
        if (!main) return false;
        if (main.children.length === 0) return true;
        const fresh =
          Boolean(main.querySelector('h1')) && Boolean(main.querySelector(':not([data-old])'));
        const charts = [...main.querySelectorAll('.chart-frame')];
        return fresh && charts.every((chart) => chart.querySelector(drawn));
      },
      DRAWN_CHART,
      // The chart chunk is the largest; give a busy machine time to load and draw it.
      { timeout: 30_000 },
    );
  await ready();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, 250);
        });
        let timer = setTimeout(done, 250);
        function done() {
          observer.disconnect();
          resolve();
        }
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await ready();
}
