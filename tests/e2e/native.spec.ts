// Issue 14 — the app as a Persian-speaking owner on a phone meets it: text in mixed
// directions is read in the right order (checked on the rendered character boxes, not on
// the DOM text), nothing scrolls sideways at 320 px whatever the names, the header leaves
// the screen to the page, a re-take's results say what changed and lead to Compare, and
// Compare's change column stays in view on a phone.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { chartLegends } from './pages/charts';
import { ComparePage } from './pages/history-page';
import { HomePage } from './pages/home-page';
import { LocalizedSurveyPage } from './pages/localized-survey-page';
import { PolicyPage } from './pages/policy-page';
import { ProjectorPage } from './pages/projector-page';
import { ReportPage } from './pages/report-page';
import { ResultsPage } from './pages/results-page';
import { ITEM_IDS, SurveyPage } from './pages/survey-page';
import { localeText } from './support/locale-text';
import { ENGLISH_NOTE, GOAL_UNIT, SEEDED, SEEDED_PROBLEM, seed } from './support/seed';

type Box = { char: string; left: number; right: number; top: number };

/** Every visible character of `locator`'s text with its box, in logical (DOM) order. */
function characterBoxes(locator: Locator): Promise<Box[]> {
  return locator.evaluate((root) => {
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index++) {
        // Spaces and invisible direction marks have no box worth comparing.
        if (/[\s\u200e\u200f\u2066-\u2069]/.test(text[index]!)) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        if (rect)
          boxes.push({ char: text[index]!, left: rect.left, right: rect.right, top: rect.top });
      }
    }
    return boxes;
  });
}

/** The boxes of `word` (its first occurrence, spaces ignored) within `boxes`. */
function boxesOf(boxes: Box[], word: string): Box[] {
  const text = boxes.map((box) => box.char).join('');
  const wanted = word.replace(/\s/g, '');
  const start = text.indexOf(wanted);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return boxes.slice(start, start + wanted.length);
}

const leftOf = (boxes: Box[]) => Math.min(...boxes.map((box) => box.left));
const rightOf = (boxes: Box[]) => Math.max(...boxes.map((box) => box.right));

/** True when the characters are drawn left to right in their logical order. */
function readsLeftToRight(boxes: Box[]): boolean {
  return boxes.every((box, index) => index === 0 || box.left >= boxes[index - 1]!.left - 0.5);
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test('Persian: Latin names, a goal target, an English note and dates keep their reading order', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('centricity.language', 'fa'));
  await seed(page, {
    business: 'Corner Bakery',
    respondent: 'Aisha',
    context: 'BUS 210',
    workshop: 'Retail course',
  });

  await page.goto(`/a/${SEEDED.latest}/results`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('نتایج Corner Bakery');
  // The Latin name reads left to right and sits after (to the left of) the Persian word.
  const title = await characterBoxes(heading);
  const corner = boxesOf(title, 'Corner');
  const bakery = boxesOf(title, 'Bakery');
  expect(readsLeftToRight([...corner, ...bakery])).toBe(true);
  expect(rightOf(corner)).toBeLessThan(leftOf(bakery));
  expect(leftOf(boxesOf(title, 'نتایج'))).toBeGreaterThan(rightOf(bakery));
  // The tab title keeps the name isolated, and no dot that reads as a Persian zero.
  expect(await page.title()).toBe('نتایج \u2068Corner Bakery\u2069، \u2068Centricity\u2069');

  // "Aisha، BUS 210، <day> <month> <year>": read from the right, in that order.
  const results = new ResultsPage(page);
  const facts = results.facts;
  await expect(facts).not.toContainText('·');
  const factBoxes = await characterBoxes(facts);
  const aisha = boxesOf(factBoxes, 'Aisha');
  const course = boxesOf(factBoxes, 'BUS 210');
  expect(readsLeftToRight(aisha)).toBe(true);
  expect(readsLeftToRight(course)).toBe(true);
  expect(leftOf(aisha)).toBeGreaterThan(rightOf(course));
  const dateFact = results.factParts.nth(2);
  const date = (await dateFact.textContent())!.trim().split(/\s+/);
  expect(date).toHaveLength(3);
  const dateBoxes = await characterBoxes(dateFact);
  const [day, month, year] = date.map((part) => boxesOf(dateBoxes, part));
  // The day is read first, so in Persian it is drawn rightmost, the year leftmost.
  expect(leftOf(day!)).toBeGreaterThan(rightOf(month!));
  expect(leftOf(month!)).toBeGreaterThan(rightOf(year!));
  expect(leftOf(course)).toBeGreaterThan(rightOf(day!));

  // The language the audit was answered in is named in Persian, not "English".
  const notice = results.languageNotice('fa');
  await expect(notice).toContainText('به زبان انگلیسی');
  await expect(notice).not.toContainText('English');

  // The English note: written and shown left to right, its full stop at the right end.
  await results.openNotes();
  const note = results.note(
    localeText('fa', 'report')('notes.label', {
      section: localeText('fa', 'instrument')('sections.culture.name'),
    }),
  );
  await expect(note).toHaveValue(ENGLISH_NOTE);
  expect(await note.evaluate((element) => element.matches(':dir(ltr)'))).toBe(true);
  await page.goto(`/a/${SEEDED.latest}/report`);
  const printedNote = new ReportPage(page)
    .noteTexts(localeText('fa', 'report')('notesTitle'))
    .first();
  await expect(printedNote).toHaveText(ENGLISH_NOTE);
  const noteBoxes = await characterBoxes(printedNote);
  const stop = noteBoxes[noteBoxes.length - 1]!;
  expect(stop.char).toBe('.');
  const lastLine = noteBoxes.filter((box) => Math.abs(box.top - stop.top) < 2);
  expect(stop.right).toBeCloseTo(rightOf(lastLine), 0);
  expect(readsLeftToRight(boxesOf(noteBoxes, 'Call back'))).toBe(true);

  // The goal target "۹۰ % of calls answered within 2 minutes", in order, left to right,
  // on screen and in the printed report.
  const target = page.getByTestId('goal-target');
  for (const path of [`/a/${SEEDED.latest}/plan`, `/a/${SEEDED.latest}/report`]) {
    await page.goto(path);
    await expect(target).toHaveText(`۹۰ ${GOAL_UNIT}`);
    const boxes = await characterBoxes(target);
    const words = ['۹۰', ...GOAL_UNIT.split(' ')].map((word) => boxesOf(boxes, word));
    for (let index = 1; index < words.length; index++) {
      const [before, after] = [words[index - 1]!, words[index]!];
      if (Math.abs(before[0]!.top - after[0]!.top) > 2) continue; // wrapped onto a new line
      expect(leftOf(after), `${path}: word ${index} after word ${index - 1}`).toBeGreaterThan(
        rightOf(before),
      );
    }
  }
});

test('Persian: the complaint screens and the room screens keep Latin names in reading order', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('centricity.language', 'fa'));
  await seed(
    page,
    {
      business: 'Corner Bakery',
      respondent: 'Aisha',
      context: 'BUS 210',
      workshop: 'Retail course',
    },
    { records: true },
  );

  /** The Latin words read left to right, each after (to the left of) the one before. */
  const expectLatinInOrder = async (locator: Locator, words: string[]) => {
    const boxes = await characterBoxes(locator);
    const found = words.map((word) => boxesOf(boxes, word));
    for (const [index, word] of found.entries()) {
      expect(readsLeftToRight(word), words[index]).toBe(true);
      if (index > 0 && Math.abs(found[index - 1]![0]!.top - word[0]!.top) < 2)
        expect(leftOf(word), words[index]).toBeGreaterThan(rightOf(found[index - 1]!));
    }
    return boxes;
  };

  // The log's heading: the Persian title to the right of the Latin name, then the course.
  await page.goto(
    `/complaints?${new URLSearchParams({ business: 'Corner Bakery', context: 'BUS 210' })}`,
  );
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Corner Bakery');
  const title = await expectLatinInOrder(heading, ['Corner', 'Bakery']);
  expect(leftOf(boxesOf(title, 'دفتر'))).toBeGreaterThan(rightOf(boxesOf(title, 'Bakery')));
  // Each complaint's facts are joined by the Persian separator, never "·" (read as zero).
  const main = page.getByRole('main');
  const meta = main.getByText(/دریافت/).first();
  await expect(meta).toBeVisible();
  await expect(main).not.toContainText('·');

  // A complaint's own page: the name of the person it was passed on to stays whole.
  await page.goto(`/complaints/${SEEDED.complaint}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Aisha');
  await expect(main).not.toContainText('·');

  // The top three: a Latin problem reads left to right inside the Persian list.
  await page.goto(
    `/complaints/problems?${new URLSearchParams({ business: 'Corner Bakery', context: 'BUS 210' })}`,
  );
  const top = page.getByTestId('top-three').getByRole('listitem').first();
  await expect(top).toHaveText(SEEDED_PROBLEM);
  await expectLatinInOrder(top, SEEDED_PROBLEM.split(' '));

  // A participant's phone: "به «Retail course» بپیوندید", the name inside the quotes.
  await page.goto(`/j#K7QX/${encodeURIComponent('Retail course')}`);
  const join = page.getByRole('heading', { level: 1 });
  await expect(join).toHaveText('به «Retail course» بپیوندید');
  const joinBoxes = await expectLatinInOrder(join, ['Retail', 'course']);
  expect(leftOf(boxesOf(joinBoxes, 'به'))).toBeGreaterThan(rightOf(boxesOf(joinBoxes, 'course')));
  expect(rightOf(boxesOf(joinBoxes, 'بپیوندید'))).toBeLessThan(
    leftOf(boxesOf(joinBoxes, 'Retail')),
  );

  // The projector: the workshop's name isolated in the slide and in the tab title, with
  // the Persian separator.
  await page.goto(`/workshops/${SEEDED.workshop}/present`);
  const slideHeading = new ProjectorPage(page, 'fa').slideHeading;
  await expect(slideHeading).toContainText('Retail course');
  await expectLatinInOrder(slideHeading, ['Retail', 'course']);
  await expect.poll(() => page.title()).toContain('\u2068Retail course\u2069');
  expect(await page.title()).not.toContain('·');
});

const LONG = {
  en: 'B' + 'x'.repeat(119),
  sk: 'Ž' + 'š'.repeat(119),
  fa: 'ن' + 'ا'.repeat(119),
} as const;

for (const language of ['en', 'fa', 'sk'] as const) {
  test(`every screen at 320 px with 120-character names in ${language}: no sideways scrolling`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.addInitScript((lng) => localStorage.setItem('centricity.language', lng), language);
    const name = LONG[language];
    await seed(
      page,
      { business: name, respondent: name, context: name, workshop: name },
      { records: true },
    );

    // A share link of the seeded result, for the screen that opens one.
    await page.goto(`/a/${SEEDED.latest}/share`);
    await page.getByRole('checkbox').check();
    const shareLink = new URL(await page.getByTestId('share-link').inputValue());

    const ofBusiness = `?${new URLSearchParams({ business: name, context: name })}`;
    // The seeded business's customer-service policy, opened (made) from its own screen.
    const policyId = await new PolicyPage(page, language).open(name, name);
    const screens = [
      '/',
      `/a/${SEEDED.unfinished}/survey/1`,
      `/a/${SEEDED.latest}/results`,
      `/a/${SEEDED.latest}/plan`,
      `/a/${SEEDED.latest}/share`,
      `/a/${SEEDED.latest}/report`,
      `${shareLink.pathname}${shareLink.hash}`,
      '/history',
      `/compare?a=${SEEDED.previous}&b=${SEEDED.latest}`,
      '/trend',
      '/workshops',
      `/workshops/${SEEDED.workshop}`,
      `/workshops/${SEEDED.workshop}/present`,
      // A participant's phone, opening the room's invite.
      `/j#K7QX/${encodeURIComponent(name)}`,
      // The complaint log of the seeded business, a complaint, figures, surveys, problems.
      `/complaints${ofBusiness}`,
      `/complaints/${SEEDED.complaint}`,
      `/complaints/figures${ofBusiness}`,
      `/complaints/surveys${ofBusiness}`,
      `/complaints/problems${ofBusiness}`,
      // The policy: its list, each step, and its versions.
      '/policy',
      `/policy/${policyId}/vision`,
      `/policy/${policyId}/standards`,
      `/policy/${policyId}/areas`,
      `/policy/${policyId}/staff`,
      `/policy/${policyId}/document`,
      `/policy/${policyId}/versions`,
      '/settings',
      '/about',
      '/no-such-page',
    ];
    const found: string[] = [];
    // What broke, if a screen breaks: its address and the page's own errors.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    for (const path of screens) {
      await page.goto(path);
      await expect(
        page.getByRole('main').getByRole('heading', { level: 1 }).first(),
        `${path} shows its heading (page errors: ${errors.join(' | ') || 'none'})`,
      ).toBeVisible();
      // Charts and lazily loaded parts arrive after the heading.
      await page.waitForLoadState('networkidle');
      const overflow = await sideways(page);
      if (overflow > 0) found.push(`${path}: ${overflow}px`);
    }
    // The open menu fits too.
    await page.getByRole('button', { name: /menu|منو|ponuka/i }).click();
    await expect(page.getByRole('navigation').getByRole('link').first()).toBeVisible();
    if ((await sideways(page)) > 0) found.push('menu open');
    expect(found).toEqual([]);
  });
}

test('the header takes under 15 % of a 390×844 phone screen, in every language', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  for (const language of ['en', 'ms', 'id', 'sk', 'fa'] as const) {
    await page.evaluate((lng) => localStorage.setItem('centricity.language', lng), language);
    await page.reload();
    const shell = new AppShell(page);
    await shell.expectLanguage(language);
    // The prerendered page is replaced by React's render: measure the latter.
    await expect(shell.mainHeading).toBeFocused();
    const header = await page.getByTestId('app-header').boundingBox();
    expect(header!.height, language).toBeLessThan(844 * 0.15);
    // Everything the header offers is one tap away: the menu lists every screen.
    await page.getByTestId('app-header').getByRole('button').click();
    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(7);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation').getByRole('link').first()).toBeHidden();
  }
});

test('scale labels never break inside a word, in any language, at 390 and 320 px', async ({
  page,
}) => {
  await seed(page, { business: 'B', respondent: 'R', context: 'C', workshop: 'W' });
  const broken: string[] = [];
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    for (const language of ['en', 'ms', 'id', 'sk', 'fa'] as const) {
      await page.evaluate((lng) => localStorage.setItem('centricity.language', lng), language);
      await page.goto(`/a/${SEEDED.unfinished}/survey/1`);
      await new AppShell(page).expectLanguage(language);
      // The words of the five options of the step's first statement.
      const survey = new LocalizedSurveyPage(page, language);
      const labels = [1, 2, 3, 4, 5].map((value) => survey.scaleLabel(ITEM_IDS[0]!, value));
      for (const label of labels) await expect(label).toBeVisible();
      for (const label of labels) {
        const boxes = await characterBoxes(label);
        const text = (await label.textContent()) ?? '';
        for (const word of text.split(/\s+/).filter(Boolean)) {
          const tops = new Set(boxesOf(boxes, word).map((box) => Math.round(box.top)));
          if (tops.size > 1) broken.push(`${language} ${width}px: "${word}"`);
        }
      }
    }
  }
  expect(broken).toEqual([]);
});

test('a re-take on a phone: Results show the change since last time and lead to Compare, whose change column stays in view', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await seed(page, {
    business: 'Corner Bakery',
    respondent: 'Aisha',
    context: 'BUS 210',
    workshop: 'Retail course',
  });
  await page.goto(`/a/${SEEDED.latest}/results`);
  // The next steps are on screen from the start, above the notes.
  const steps = page.getByRole('navigation', { name: 'Next steps' });
  await expect(steps).toBeInViewport();
  await steps.getByRole('button', { name: 'Re-take' }).click();
  await expect(page).toHaveURL(/\/survey\/1$/);

  const survey = new SurveyPage(page);
  for (let step = 1; step <= 7; step++) {
    await survey.answerStep(step, () => 5);
    if (step < 7) await survey.next();
  }
  await page.getByRole('button', { name: /see my results/i }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByTestId('total')).toHaveText('35');

  const since = page.getByTestId('since-last');
  await expect(since).toContainText(/▲ \+\d+([.,]\d+)? since the previous audit on/);
  // The change is on the verdict card, near the top; the previous profile is on the radar.
  const results = new ResultsPage(page);
  await expect(results.verdict.getByTestId('since-last')).toBeVisible();
  await expect(chartLegends(page)).toContainText('Previous audit');
  // Still reachable after scrolling through the page.
  await page.mouse.wheel(0, 1500);
  await expect(steps).toBeInViewport();

  await since.getByRole('link', { name: 'Compare with the previous audit' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?a=${SEEDED.latest}&b=`));
  const compare = new ComparePage(page);
  const table = compare.table;
  for (const header of ['Section', 'Before', 'After', 'Change'])
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${header}`) })).toBeVisible();
  // The change column is inside the screen, for every row.
  const cells = compare.changeColumn;
  await expect(cells).toHaveCount(9);
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('▲');
  // The badges keep to one line each.
  await expect(compare.bandChips).toHaveCount(2);
  for (const chip of await compare.bandChips.all()) {
    const box = (await chip.boundingBox())!;
    expect(box.height).toBeLessThan(30);
  }
  // The two pickers tell the audits apart.
  const [before, after] = [compare.before, compare.after];
  const shown = async (select: Locator) =>
    select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]!.textContent);
  expect(await shown(before)).not.toBe(await shown(after));
  expect(await sideways(page)).toBe(0);
});

test('Home for a returning owner does not move when the stored audits load (CLS)', async ({
  page,
}) => {
  await seed(page, {
    business: 'Corner Bakery',
    respondent: 'Aisha',
    context: 'BUS 210',
    workshop: 'Retail course',
  });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    // The unfinished audit is listed above the form, and both are drawn.
    await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
    await expect(new HomePage(page).form).toBeVisible();
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: number[] }).__shifts,
    );
    // Before the form waited for the list, this was 0.147 at 390 px and 0.042 at 1280 px.
    expect(
      shifts.reduce((sum, value) => sum + value, 0),
      `${width} px`,
    ).toBeLessThan(0.01);
  }
});
