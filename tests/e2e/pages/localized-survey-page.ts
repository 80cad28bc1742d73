// The survey screen in any of the five languages: everything SurveyPage does, plus the
// step's own controls (Back, Next section, See my results, the progress) found by the
// names the locale files give them, so the same steps run in English, Slovak or Persian.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { localeText, messagePattern, type Translate } from '../support/locale-text';
import { SurveyPage } from './survey-page';

export class LocalizedSurveyPage extends SurveyPage {
  private readonly t: Translate;
  private readonly scaleWords: Translate;

  constructor(page: Page, language: LanguageCode = 'en') {
    super(page);
    this.t = localeText(language, 'common');
    this.scaleWords = localeText(language, 'instrument');
  }

  /** The step's heading (the section's name), which takes focus on every new step. */
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** The section's question under the heading ("How does your business …?"). */
  get question(): Locator {
    return this.page.getByRole('main').locator('.survey__question');
  }

  get nextSection(): Locator {
    return this.page.getByRole('link', { name: this.t('survey.next'), exact: true });
  }

  get back(): Locator {
    return this.page.getByRole('link', { name: this.t('survey.back'), exact: true });
  }

  /** "See my results", on the last step. */
  get finish(): Locator {
    return this.page.getByRole('button', { name: this.t('survey.finish'), exact: true });
  }

  /** The warning that statements are unanswered, with its link to the first of them. */
  get unansweredWarning(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ has: this.page.getByRole('link', { name: this.t('survey.goToUnanswered') }) });
  }

  /** The bar of statements answered so far (its value is the count). */
  get progressBar(): Locator {
    return this.page.getByRole('progressbar', { name: this.t('survey.progressLabel') });
  }

  /** "n of 25 statements answered", with the numbers in whatever digits are shown. */
  get progressSummary(): Locator {
    return this.page.getByText(messagePattern(this.t, 'survey.progress', ['answered', 'total']));
  }

  /** Every option of one statement. */
  options(itemId: string): Locator {
    return this.statement(itemId).getByRole('radio');
  }

  /** The words of one option ("Not at all" … "Always") under one statement. */
  scaleLabel(itemId: string, value: number): Locator {
    return this.statement(itemId).getByText(this.scaleWords(`scale.${value}`), { exact: true });
  }

  /**
   * The tap target of one option: the label around the radio (the radio itself is drawn
   * by its label). A label wrapping its input has no role of its own, so it is reached as
   * the radio's parent element.
   */
  optionTarget(itemId: string, value: number): Locator {
    return this.option(itemId, value).locator('xpath=..');
  }

  /** The outline the focused option's tap target draws (style and width in px). */
  async focusOutline(itemId: string, value: number): Promise<{ style: string; width: number }> {
    return this.optionTarget(itemId, value).evaluate((label) => {
      const style = getComputedStyle(label);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
  }

  /** Goes to the next step and waits for it. */
  async nextStep(step: number) {
    await this.nextSection.click();
    await expect(this.page).toHaveURL(new RegExp(`/survey/${step + 1}$`));
  }
}
