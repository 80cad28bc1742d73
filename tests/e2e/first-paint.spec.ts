// The first paint of a cold first visit (no service worker, nothing cached or stored):
// index.html carries Home and the bare layout prerendered in all five languages, and a
// boot script picks the visitor's before anything is painted. A Persian browser must
// never see English or left-to-right content first. An init script (it runs before any
// of the page's own scripts) logs, with a MutationObserver, every text that enters the
// document together with <html lang dir> at that moment, and the first-contentful-paint
// time; the log is then checked against the English and Persian locale files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';

type Json = { [key: string]: string | Json };
type Entry = { t: number; kind: 'text' | 'attribute'; text: string; lang: string; dir: string };

function texts(language: string, namespace: string): Set<string> {
  const file = join(import.meta.dirname, '../../locales', language, `${namespace}.json`);
  const found = new Set<string>();
  const walk = (node: string | Json) => {
    if (typeof node === 'string') found.add(node.trim());
    else for (const child of Object.values(node)) walk(child);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')) as Json);
  return found;
}

/** English texts of the first screen's namespaces that Persian does not share. */
function englishOnly(): Set<string> {
  const only = new Set<string>();
  for (const namespace of ['common', 'instrument', 'plan', 'storage']) {
    const persian = texts('fa', namespace);
    for (const text of texts('en', namespace)) {
      // Placeholders make a sentence's shown form differ; its fixed start still shows.
      const fixed = text.split('{{')[0]!.trim();
      if (fixed.length > 3 && !persian.has(text)) only.add(fixed);
    }
  }
  return only;
}

/** Runs in the page before its own scripts. */
function paintLog() {
  const log: Entry[] = [];
  (window as unknown as { __paintLog: Entry[] }).__paintLog = log;
  // No <html> yet when this runs: read it at each entry.
  const push = (kind: Entry['kind'], text: string) => {
    const html = document.documentElement;
    log.push({ t: performance.now(), kind, text, lang: html.lang, dir: html.dir });
  };
  const shownText = (node: Node): string[] => {
    const parent = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    if (!parent || parent.closest('head, script, style, template, title')) return [];
    if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ''];
    const found: string[] = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.parentElement?.closest('script, style, template'))
        found.push(text.textContent ?? '');
    }
    return found;
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        const value = (mutation.target as Element).getAttribute(mutation.attributeName!);
        push('attribute', `${mutation.attributeName}=${value}`);
      }
      if (mutation.type === 'characterData') {
        for (const text of shownText(mutation.target)) if (text.trim()) push('text', text.trim());
      }
      for (const node of mutation.addedNodes) {
        for (const text of shownText(node)) if (text.trim()) push('text', text.trim());
      }
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['lang', 'dir'],
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') {
        (window as unknown as { __fcp: number }).__fcp = entry.startTime;
      }
    }
  }).observe({ type: 'paint', buffered: true });
}

async function coldVisit(
  browser: Browser,
  locale: string,
  path: string,
  stored?: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  if (stored) {
    await context.addInitScript((language) => {
      localStorage.setItem('centricity.language', language);
    }, stored);
  }
  await context.addInitScript(paintLog);
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

async function logOf(page: Page): Promise<{ log: Entry[]; fcp: number }> {
  await page.waitForFunction(() => (window as unknown as { __fcp?: number }).__fcp !== undefined);
  return page.evaluate(() => {
    const w = window as unknown as { __paintLog: Entry[]; __fcp: number };
    return { log: [...w.__paintLog], fcp: w.__fcp };
  });
}

const ENGLISH_ONLY = englishOnly();
const PERSIAN_TITLE = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/fa/common.json'), 'utf8')) as {
    home: { title: string };
  }
).home.title;

for (const [name, path] of [
  ['Home', '/'],
  ['a shared link', '/s#not-a-code'],
  ['a survey step', '/a/unknown/survey/1'],
] as const) {
  test(`a Persian browser's cold first visit to ${name} shows only Persian, right to left`, async ({
    browser,
  }) => {
    const { page, close } = await coldVisit(browser, 'fa-IR', path);
    // React has rendered the screen (its heading is focused) in Persian.
    await expect(page.locator('h1:focus')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    const { log, fcp } = await logOf(page);
    const shown = log.filter((entry) => entry.kind === 'text');
    expect(shown.length).toBeGreaterThan(0);
    for (const entry of shown) {
      expect(entry, `text shown while <html> was ${entry.lang}/${entry.dir}`).toMatchObject({
        lang: 'fa',
        dir: 'rtl',
      });
      expect(ENGLISH_ONLY.has(entry.text), `English text shown: "${entry.text}"`).toBe(false);
    }
    // What the first contentful paint showed was already there, in Persian.
    const atFirstPaint = shown.filter((entry) => entry.t <= fcp);
    expect(atFirstPaint.length).toBeGreaterThan(0);
    if (path === '/') expect(atFirstPaint.map((entry) => entry.text)).toContain(PERSIAN_TITLE);
    await close();
  });
}

test('a Persian choice remembered on an English browser wins before the first paint', async ({
  browser,
}) => {
  const { page, close } = await coldVisit(browser, 'en-US', '/', 'fa');
  await expect(page.locator('h1:focus')).toHaveText(PERSIAN_TITLE);
  const { log, fcp } = await logOf(page);
  const atFirstPaint = log.filter((entry) => entry.kind === 'text' && entry.t <= fcp);
  expect(atFirstPaint.map((entry) => entry.text)).toContain(PERSIAN_TITLE);
  for (const entry of log.filter((item) => item.kind === 'text')) {
    expect(entry.dir).toBe('rtl');
    expect(ENGLISH_ONLY.has(entry.text), `English text shown: "${entry.text}"`).toBe(false);
  }
  await close();
});

test('an English browser gets the English first screen, left to right (the log sees it)', async ({
  browser,
}) => {
  const { page, close } = await coldVisit(browser, 'en-GB', '/');
  await expect(page.locator('h1:focus')).toBeVisible();
  const { log, fcp } = await logOf(page);
  const atFirstPaint = log.filter((entry) => entry.kind === 'text' && entry.t <= fcp);
  expect(atFirstPaint.some((entry) => ENGLISH_ONLY.has(entry.text))).toBe(true);
  expect(atFirstPaint.every((entry) => entry.lang === 'en' && entry.dir === 'ltr')).toBe(true);
  await close();
});

/** Runs in the page: where the first screen's parts sit when the prerender is put in. */
function prerenderBoxes(selectors: string[]) {
  const w = window as unknown as { __prerenderBoxes?: Record<string, number[]> };
  const observer = new MutationObserver(() => {
    if (w.__prerenderBoxes || !document.querySelector('#root .home')) return;
    w.__prerenderBoxes = Object.fromEntries(
      selectors.map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return [selector, box ? [box.x, box.y, box.width, box.height] : []];
      }),
    );
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
}

// The form's card starts as a placeholder in both and is then filled by the lazily loaded
// form, so only where the grid starts is compared for it. On a phone the navigation sits
// behind the menu button (hidden in both); on a wide screen the button is hidden instead.
const BOXES = ['.app-header', '.brand', '.menu-button', '.app-nav', 'h1', '.lead', '.home__grid'];

for (const [locale, width] of [
  ['en-US', 390],
  ['fa-IR', 390],
  ['en-US', 1280],
  ['fa-IR', 320],
] as const) {
  test(`React's first render puts Home where the prerender had it (${locale}, ${width} px)`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale,
      viewport: { width, height: 800 },
      serviceWorkers: 'block',
    });
    await context.addInitScript(prerenderBoxes, BOXES);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('h1:focus')).toBeVisible();
    const before = await page.evaluate(
      () => (window as unknown as { __prerenderBoxes: Record<string, number[]> }).__prerenderBoxes,
    );
    for (const selector of BOXES) {
      const box = await page.locator(selector).first().boundingBox();
      const [x, y, boxWidth, height] = before[selector]!;
      if (boxWidth === 0 && height === 0) {
        expect(box, `${selector} hidden in the prerender and after React's render`).toBeNull();
        continue;
      }
      expect(box, selector).not.toBeNull();
      expect(Math.abs(box!.x - x!), `${selector} x`).toBeLessThan(1);
      expect(Math.abs(box!.y - y!), `${selector} y`).toBeLessThan(1);
      expect(Math.abs(box!.width - boxWidth!), `${selector} width`).toBeLessThan(1);
      if (selector !== '.home__grid') {
        expect(Math.abs(box!.height - height!), `${selector} height`).toBeLessThan(1);
      }
    }
    await context.close();
  });
}
