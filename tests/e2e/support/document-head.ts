// What the served document declares in its head: the CSP meta tag, the manifest link and
// any inline script (there must be none under the policy).
import type { Page } from '@playwright/test';

export function documentHead(page: Page) {
  return page.evaluate(() => ({
    cspMeta: document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content'),
    manifestLinks: document.querySelectorAll('link[rel="manifest"]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
  }));
}
