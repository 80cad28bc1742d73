// The whole audit with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter): focus
// lands on the heading of each new step, the focused option shows a visible outline, and
// the survey fits a 320 px screen and 200 % zoom without sideways scrolling.
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { tabTo } from './pages/keyboard';
import { LocalizedSurveyPage } from './pages/localized-survey-page';
import { ResultsPage } from './pages/results-page';
import { ITEM_IDS, SECTION_SIZES } from './pages/survey-page';

/** Value given to each statement: 4 everywhere gives a total of exactly 28, an asset. */
const VALUE = 4;

test('the whole audit can be completed with the keyboard only', async ({ page }) => {
  const home = new HomePage(page);
  const survey = new LocalizedSurveyPage(page);
  const results = new ResultsPage(page);
  // At most 40 presses of Tab to reach any control.
  const tab = { max: 40 };
  await page.goto('/');
  await expect(home.form).toBeVisible();
  await expect(survey.heading).toBeFocused();

  await tabTo(page, home.field('businessName'), tab);
  await page.keyboard.type('Keyboard Kiosk');
  await tabTo(page, home.startButton, tab);
  await page.keyboard.press('Enter');

  for (let step = 1; step <= SECTION_SIZES.length; step++) {
    await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
    // Focus is on the new step's heading, so the next Tab starts at this step's content.
    await expect(survey.heading).toBeFocused();

    const start = SECTION_SIZES.slice(0, step - 1).reduce((a, b) => a + b, 0);
    const items = ITEM_IDS.slice(start, start + SECTION_SIZES[step - 1]!);
    for (const [index, itemId] of items.entries()) {
      await tabTo(page, survey.options(itemId), tab);
      // Nothing chosen yet: Tab lands on the first option; Space picks it, arrows move on.
      await expect(survey.option(itemId, 1)).toBeFocused();
      await page.keyboard.press('Space');
      for (let value = 1; value < VALUE; value++) await page.keyboard.press('ArrowDown');
      const chosen = survey.option(itemId, VALUE);
      await expect(chosen).toBeFocused();
      await expect(chosen).toBeChecked();
      if (index === 0) {
        // Visible focus: the focused option's label (the tap target) draws an outline.
        const outline = await survey.focusOutline(itemId, VALUE);
        expect(outline.style).not.toBe('none');
        expect(outline.width).toBeGreaterThanOrEqual(2);
      }
    }

    if (step < SECTION_SIZES.length) {
      await tabTo(page, survey.nextSection, tab);
      if (step > 1) {
        // Shift+Tab walks back: Back link, the link of the records panel on the steps that
        // have one (it follows the statements), then the last statement's chosen option.
        await page.keyboard.press('Shift+Tab');
        await expect(survey.back).toBeFocused();
        await page.keyboard.press('Shift+Tab');
        const records = page.getByRole('main').getByRole('complementary');
        if ((await records.count()) > 0) {
          await expect(records.getByRole('link').last()).toBeFocused();
          await page.keyboard.press('Shift+Tab');
        }
        await expect(survey.option(items.at(-1)!, VALUE)).toBeFocused();
        await tabTo(page, survey.nextSection, tab);
      }
      await page.keyboard.press('Enter');
    }
  }

  await expect(survey.progressBar).toHaveAttribute('value', '25');
  await tabTo(page, survey.finish, tab);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/results$/);
  await expect(results.heading).toBeFocused();
  await expect(results.total).toHaveText('28');
  await expect(results.band).toHaveText('An asset');
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
  for (const language of ['en', 'sk', 'fa'] as const) {
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
      const home = new HomePage(page);
      const survey = new LocalizedSurveyPage(page, language);
      await page.goto('/');
      await expect(home.form).toBeVisible();
      await expectNoSidewaysScroll(page, 'home');
      await home.field('businessName').fill('Zoom');
      await home.startButton.click();
      for (let step = 1; step <= SECTION_SIZES.length; step++) {
        await expect(page).toHaveURL(new RegExp(`/survey/${step}$`));
        await expect(survey.heading).toBeFocused();
        const shown = await survey.statementsShown();
        for (const itemId of shown) await survey.option(itemId, 3).check();
        await expectNoSidewaysScroll(page, `survey step ${step}`);
        // Every option stays a tap target of at least 44 × 44 CSS px.
        const box = await survey.optionTarget(shown[0]!, 1).boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(44);
        expect(box!.height).toBeGreaterThanOrEqual(44);
        if (step < SECTION_SIZES.length) await survey.nextSection.click();
      }
      await survey.finish.click();
      await expect(page).toHaveURL(/\/results$/);
      await expect(new ResultsPage(page).charts).toHaveCount(2);
      await expectNoSidewaysScroll(page, 'results');
      // prefers-reduced-motion: nothing is animating once the page has drawn.
      await expect
        .poll(() => page.evaluate(() => document.getAnimations().map((a) => String(a.id || a))))
        .toEqual([]);
      await context.close();
    });
  }
}
