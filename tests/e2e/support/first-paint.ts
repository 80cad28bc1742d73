// Watching a cold first visit paint (issue: first paint in the visitor's language). An init
// script (it runs before any of the page's own scripts) logs, with a MutationObserver,
// every text that enters the document together with <html lang dir> at that moment, and
// the first-contentful-paint time; another records where Home's parts sit the moment the
// prerendered markup is put in, so a test can compare them with React's first render.
//
// Both run before Playwright can reach the page and see the document as it streams in,
// so they work on the DOM directly: no locator exists yet, and the parts of the layout
// they measure (the header's brand, the lead paragraph, the grid) have no role or name.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { localeTexts } from './locale-text';

type Entry = {
  t: number;
  kind: 'text' | 'attribute';
  text: string;
  lang: string;
  dir: string;
};

/** English texts of the first screen's namespaces that `other` does not share. */
export function englishOnly(other: LanguageCode = 'fa'): Set<string> {
  const only = new Set<string>();
  for (const namespace of ['common', 'instrument', 'plan', 'storage'] as const) {
    const translated = localeTexts(other, namespace);
    for (const text of localeTexts('en', namespace)) {
      // Placeholders make a sentence's shown form differ; its fixed start still shows.
      const fixed = text.split('{{')[0]!.trim();
      if (fixed.length > 3 && !translated.has(text)) only.add(fixed);
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

/** Opens `path` in a new context with no service worker, logging what is painted. */
export async function coldVisit(
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

/** The paint log and the first contentful paint's time, once it has happened. */
export async function logOf(page: Page): Promise<{ log: Entry[]; fcp: number }> {
  await page.waitForFunction(() => (window as unknown as { __fcp?: number }).__fcp !== undefined);
  return page.evaluate(() => {
    const w = window as unknown as { __paintLog: Entry[]; __fcp: number };
    return { log: [...w.__paintLog], fcp: w.__fcp };
  });
}

/**
 * Home's parts compared between the prerender and React's first render, by the class
 * names both renders share. The form's card starts as a placeholder in both and is then
 * filled by the lazily loaded form, so only where the grid starts is compared for it. On
 * a phone the navigation sits behind the menu button (hidden in both); on a wide screen
 * the button is hidden instead.
 */
export const HOME_PARTS = [
  '.app-header',
  '.brand',
  '.menu-button',
  '.app-nav',
  'h1',
  '.lead',
  '.home__grid',
] as const;

/** The top of a survey step, prerendered for every step and language. */
export const SURVEY_TOP_PARTS = ['.survey__step-of', 'h1', '.survey__question'] as const;

/**
 * Runs in the page: where the first screen's parts sit when the prerender is put in
 * (once `screen`, the prerendered screen's root, is in #root).
 */
function prerenderBoxes([selectors, screen]: [string[], string]) {
  const w = window as unknown as { __prerenderBoxes?: Record<string, number[]> };
  const observer = new MutationObserver(() => {
    if (w.__prerenderBoxes || !document.querySelector(`#root ${screen}`)) return;
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

/**
 * Before `context` opens a page: record where a prerendered screen's parts sit when it
 * is put in (Home's by default; `screen` is a selector of the screen's root).
 */
export async function recordPrerenderLayout(
  context: BrowserContext,
  parts: readonly string[] = HOME_PARTS,
  screen = '.home',
) {
  await context.addInitScript(prerenderBoxes, [[...parts], screen] as [string[], string]);
}

/** Where the prerender had Home's parts: [x, y, width, height], empty when absent. */
export function boxesAtPrerender(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(
    () => (window as unknown as { __prerenderBoxes: Record<string, number[]> }).__prerenderBoxes,
  );
}

/** Where a part of the screen is now (null when hidden). */
export function boxNow(page: Page, part: string) {
  return page.locator(part).first().boundingBox();
}

type Heading = { text: string; box: number[]; isolated: string[] };

/** Runs in the page: the first h1 the prerender puts in, as it is at that moment. */
function prerenderHeading() {
  const w = window as unknown as { __prerenderHeading?: Heading };
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('#root h1');
    if (w.__prerenderHeading || !heading) return;
    const box = heading.getBoundingClientRect();
    w.__prerenderHeading = {
      text: heading.textContent ?? '',
      box: [box.x, box.y, box.width, box.height],
      isolated: [...heading.querySelectorAll('bdi')].map((bdi) => bdi.textContent ?? ''),
    };
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** Before `context` opens a page: record the prerendered heading (text, box, names). */
export async function recordPrerenderedHeading(context: BrowserContext) {
  await context.addInitScript(prerenderHeading);
}

/** The heading as the prerender put it in: its text, [x, y, width, height], its <bdi> texts. */
export function headingAtPrerender(page: Page): Promise<Heading | undefined> {
  return page.evaluate(
    () => (window as unknown as { __prerenderHeading?: Heading }).__prerenderHeading,
  );
}
