// Waiting until the service worker controls the page: from then on the app works offline.
import { expect, type Page } from '@playwright/test';

export async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim: the first visit is controlled without a reload once the worker is active.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), {
      timeout: 15_000,
    })
    .toBe('activated');
}
