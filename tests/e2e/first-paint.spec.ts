// The first paint of a cold first visit (no service worker, nothing cached or stored):
// index.html carries Home, a share link's heading and the bare layout prerendered in all
// five languages, and a boot script picks the visitor's before anything is painted (and
// writes a share link's names into its heading). A Persian browser must
// never see English or left-to-right content first. Every text that enters the document
// is logged with <html lang dir> at that moment and the first-contentful-paint time (see
// support/first-paint.ts); the log is then checked against the English and Persian
// locale files.
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { encodeShareCode, shareLink } from '../../src/domain/share-code';
import { ITEM_IDS } from '../../src/domain/instrument';
import { SharedLinkPage } from './pages/shared-link-page';
import { LocalizedSurveyPage } from './pages/localized-survey-page';
import {
  boxesAtPrerender,
  boxNow,
  coldVisit,
  englishOnly,
  headingAtPrerender,
  HOME_PARTS,
  logOf,
  recordPrerenderedHeading,
  recordPrerenderLayout,
  SURVEY_TOP_PARTS,
} from './support/first-paint';
import { localeText } from './support/locale-text';

const ENGLISH_ONLY = englishOnly();

/** A part is where the prerender had it ([x, y, width, height]), to within a pixel. */
function expectSameBox(
  box: { x: number; y: number; width: number; height: number },
  [x, y, width, height]: number[],
  part: string,
  compareHeight = true,
) {
  expect(Math.abs(box.x - x!), `${part} x`).toBeLessThan(1);
  expect(Math.abs(box.y - y!), `${part} y`).toBeLessThan(1);
  expect(Math.abs(box.width - width!), `${part} width`).toBeLessThan(1);
  if (compareHeight) expect(Math.abs(box.height - height!), `${part} height`).toBeLessThan(1);
}
const PERSIAN_TITLE = localeText('fa', 'common')('home.title');

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
    const shell = new AppShell(page);
    await expect(shell.mainHeading).toBeFocused();
    await shell.expectLanguage('fa', 'rtl');
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
  const heading = new AppShell(page).mainHeading;
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(PERSIAN_TITLE);
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
  await expect(new AppShell(page).mainHeading).toBeFocused();
  const { log, fcp } = await logOf(page);
  const atFirstPaint = log.filter((entry) => entry.kind === 'text' && entry.t <= fcp);
  expect(atFirstPaint.some((entry) => ENGLISH_ONLY.has(entry.text))).toBe(true);
  expect(atFirstPaint.every((entry) => entry.lang === 'en' && entry.dir === 'ltr')).toBe(true);
  await close();
});

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
    await recordPrerenderLayout(context);
    const page = await context.newPage();
    await page.goto('/');
    await expect(new AppShell(page).mainHeading).toBeFocused();
    const before = await boxesAtPrerender(page);
    for (const selector of HOME_PARTS) {
      const box = await boxNow(page, selector);
      const [, , boxWidth, height] = before[selector]!;
      if (boxWidth === 0 && height === 0) {
        expect(box, `${selector} hidden in the prerender and after React's render`).toBeNull();
        continue;
      }
      expect(box, selector).not.toBeNull();
      expectSameBox(box!, before[selector]!, selector, selector !== '.home__grid');
    }
    await context.close();
  });
}

// An opened share link: its heading (the largest text on a phone) is prerendered with
// stand-ins, and the boot script writes the link's names in before the first paint.
for (const [locale, language, width] of [
  ['en-US', 'en', 390],
  ['fa-IR', 'fa', 320],
  ['fa-IR', 'fa', 1280],
] as const) {
  test(`a share link's heading and names are painted before the app's code runs (${locale}, ${width} px)`, async ({
    browser,
  }) => {
    const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 4])) as Parameters<
      typeof encodeShareCode
    >[0]['answers'];
    const names = { businessName: 'Kedai Kopi 88', respondent: 'مریم' };
    const link = new URL(shareLink('http://localhost', encodeShareCode({ answers, names })));
    const context = await browser.newContext({
      locale,
      viewport: { width, height: 800 },
      serviceWorkers: 'block',
    });
    // The first h1 put into the page is the boot script's, before any of the app's code.
    await recordPrerenderedHeading(context);
    const page = await context.newPage();
    await page.goto(link.pathname + link.hash);
    const opened = new SharedLinkPage(page);
    const heading = opened.heading;
    await expect(heading).toBeFocused();
    const prerendered = await headingAtPrerender(page);
    const title = localeText(language, 'share')('open.titleFor', { name: '' }).trim();
    expect(prerendered?.text.startsWith(title), prerendered?.text).toBe(true);
    // Each name is isolated in its own <bdi>, in the order React shows them.
    expect(prerendered?.isolated).toEqual(['Kedai Kopi 88', 'مریم']);
    await expect(opened.headingNames).toHaveText(['Kedai Kopi 88', 'مریم']);
    await expect(heading).toHaveText(prerendered!.text);
    expectSameBox((await heading.boundingBox())!, prerendered!.box, 'h1');
    await context.close();
  });
}

// A survey step opened by link (an audit to finish, a bookmark): its heading and question
// (the largest text on a phone) are prerendered for every step, and the boot script keeps
// the address's step; React shows them in the same place while the audit is read, and the
// statements follow below.
for (const [locale, language, width] of [
  ['en-US', 'en', 390],
  ['fa-IR', 'fa', 320],
] as const) {
  test(`a survey step's heading and question are painted before the app's code runs (${locale}, ${width} px)`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale,
      viewport: { width, height: 800 },
      serviceWorkers: 'block',
    });
    const setup = new LocalizedSurveyPage(await context.newPage(), language);
    await setup.start({ businessName: 'Kedai 88' });
    const id = setup.assessmentId();
    await setup.page.close();

    const instrument = localeText(language, 'instrument');
    // With every script but the boot script refused, the step's top is there all the same.
    const bootOnly = new LocalizedSurveyPage(await context.newPage(), language);
    await bootOnly.page.route(/\/assets\/.*\.js$/, (route) =>
      /\/assets\/boot-[^/]*\.js$/.test(route.request().url()) ? route.continue() : route.abort(),
    );
    await bootOnly.page.goto(`/a/${id}/survey/3`);
    await expect(bootOnly.heading).toHaveText(instrument('sections.feedback.name'));
    await expect(bootOnly.question).toHaveText(instrument('sections.feedback.question'));
    await expect(bootOnly.statement('feedback.1')).toHaveCount(0);
    await bootOnly.page.close();

    await recordPrerenderedHeading(context);
    await recordPrerenderLayout(context, SURVEY_TOP_PARTS, '.survey');
    const survey = new LocalizedSurveyPage(await context.newPage(), language);
    await survey.page.goto(`/a/${id}/survey/3`);
    await expect(survey.heading).toBeFocused();
    await expect(survey.statement('feedback.1')).toBeVisible();

    const prerendered = await headingAtPrerender(survey.page);
    expect(prerendered?.text).toBe(instrument('sections.feedback.name'));
    await expect(survey.heading).toHaveText(prerendered!.text);
    await expect(survey.question).toHaveText(instrument('sections.feedback.question'));
    const before = await boxesAtPrerender(survey.page);
    for (const part of SURVEY_TOP_PARTS) {
      expectSameBox((await boxNow(survey.page, part))!, before[part]!, part);
    }
    await context.close();
  });
}
