// Page object for an assessment's results: the total, the band, the charts and the
// section table that is their text equivalent.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { localeText, messagePattern } from '../support/locale-text';
import { drawnCharts } from './charts';

export class ResultsPage {
  constructor(readonly page: Page) {}

  /** The screen's heading, which takes focus when the results open. */
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  get total(): Locator {
    return this.page.getByTestId('total');
  }

  get band(): Locator {
    return this.page.getByTestId('band');
  }

  /** The verdict's line on the change since the previous audit of the same business. */
  get sinceLast(): Locator {
    return this.page.getByTestId('since-last');
  }

  /** The drawn charts (loaded lazily; two on the results screen). */
  get charts(): Locator {
    return drawnCharts(this.page);
  }

  /** Who answered, for which course and when, under the heading. */
  get facts(): Locator {
    return this.page.getByTestId('results-facts');
  }

  /**
   * The facts one by one (respondent, context, date). Each is isolated in a <bdi> so a
   * Latin name keeps its order in Persian; <bdi> has no role, so it is found by its tag.
   */
  get factParts(): Locator {
    return this.facts.locator('bdi');
  }

  /** The notice, in `language`, that the result was answered in another language. */
  languageNotice(language: LanguageCode): Locator {
    return this.page.getByText(
      messagePattern(localeText(language, 'common'), 'language.viewingInOther', [
        'language',
        'current',
      ]),
    );
  }

  /** The verdict card (total, band, and the change since last time), named "Band". */
  get verdict(): Locator {
    return this.page.getByRole('region', { name: 'Band', exact: true });
  }

  /** Unfolds the section notes (folded away until asked for). */
  async openNotes() {
    const notes = this.page.getByTestId('section-notes');
    await notes.getByRole('heading', { level: 2 }).click();
    await expect(notes).toHaveAttribute('open', '');
  }

  /** A section's note field, by its label (e.g. "Notes on Company culture"). */
  note(label: string): Locator {
    return this.page
      .getByTestId('section-notes')
      .getByRole('textbox', { name: label, exact: true });
  }

  /** The row of one section in the section table, by its name. */
  sectionRow(section: string | RegExp): Locator {
    return this.page.getByRole('table').getByRole('row', { name: section });
  }
}
