// Page object for a workshop's projector: the slide on the stage, the pager under it
// (Previous, "Slide n of 4", Next), the invite slide's latest arrivals, and a check that
// a slide fits the screen. Names come from the locale files, so it works in any language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { localeText, type Translate } from '../support/locale-text';
import { DRAWN_CHART, drawnCharts } from './charts';

export const SLIDE_IDS = ['invite', 'total', 'spread', 'weakest'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/** How a slide fits the screen (see `measureFit`). */
export type SlideFit = {
  pageScrolls: boolean;
  stageOverflows: boolean;
  /** Visible texts under 24 px, with their size. */
  small: string[];
  /** Visible texts that reach past the screen's edges. */
  outside: string[];
};

export class ProjectorPage {
  private readonly t: Translate;

  constructor(
    readonly page: Page,
    language: LanguageCode = 'en',
  ) {
    this.t = localeText(language, 'workshop');
  }

  /** Opens the projector of a workshop, at slide `slide` (1–4) when given. */
  async open(workshopId: string, slide?: number) {
    await this.page.goto(`/workshops/${workshopId}/present${slide ? `?slide=${slide}` : ''}`);
    await expect(this.slide).toBeVisible();
  }

  /** The slide on the stage: the stage's one region ("Slide n of 4: <title>"). Its
   *  `data-slide` attribute names which slide it is (invite, total, spread, weakest). */
  get slide(): Locator {
    return this.page.getByRole('main').getByRole('region');
  }

  /** The slide's own heading. */
  get slideHeading(): Locator {
    return this.slide.getByRole('heading', { level: 1 });
  }

  /** Waits until the slide shown is `id`. */
  async expectSlide(id: SlideId) {
    await expect(this.slide).toHaveAttribute('data-slide', id);
  }

  /** The pager under the stage. */
  get controls(): Locator {
    return this.page.getByRole('navigation', { name: this.t('slides.controls') });
  }

  /** "Slide n of 4", announced politely when the slide changes. */
  get position(): Locator {
    return this.controls.getByRole('status');
  }

  get next(): Locator {
    return this.controls.getByRole('button', { name: this.t('slides.next'), exact: true });
  }

  get previous(): Locator {
    return this.controls.getByRole('button', { name: this.t('slides.previous'), exact: true });
  }

  /** The invite slide's list of the latest participants to arrive. */
  get arrivals(): Locator {
    return this.page.getByRole('list', { name: this.t('slides.recent') });
  }

  get charts(): Locator {
    return drawnCharts(this.page);
  }

  /**
   * Waits until the slide's charts and images are drawn, then measures whether the page
   * or the stage scrolls, which visible texts are under 24 px and which reach past the
   * screen. It walks every text node of the document and reads computed styles and
   * boxes, which no locator can do, so it runs in the page with DOM selectors: the
   * stage, the chart frames and what is hidden from view (visually hidden text and
   * aria-hidden parts other than the drawn charts).
   */
  async measureFit(): Promise<SlideFit> {
    await this.page.waitForFunction(
      (drawn) =>
        [...document.querySelectorAll('.chart-frame')].every((chart) => chart.querySelector(drawn)),
      DRAWN_CHART,
    );
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll('img')].every((image) => image.complete),
    );
    return this.page.evaluate(() => {
      const stage = document.querySelector('.projector__stage') as HTMLElement;
      const root = document.scrollingElement!;
      const small: string[] = [];
      const outside: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim()) continue;
        if (element.closest('.visually-hidden, [aria-hidden="true"]:not(.chart-frame__body)'))
          continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 24) small.push(`${size}px "${node.textContent.trim().slice(0, 40)}"`);
        if (rect.bottom > innerHeight + 1 || rect.right > innerWidth + 1 || rect.left < -1) {
          outside.push(`"${node.textContent.trim().slice(0, 40)}" at ${Math.round(rect.bottom)}`);
        }
      }
      return {
        pageScrolls: root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1,
        stageOverflows:
          stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1,
        small,
        outside,
      };
    });
  }
}
