// Page object for an assessment's results: the total, the band, the charts and the
// section table that is their text equivalent.
import { expect, type Locator, type Page } from '@playwright/test';
import { drawnCharts } from './charts';

export class ResultsPage {
  constructor(readonly page: Page) {}

  /** The screen's heading, which takes focus when the results open. */
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** The notes written per section, folded away under their heading until asked for. */
  get notes(): Locator {
    return this.page.getByTestId('section-notes');
  }

  /** Unfolds the notes by their heading, as a reader does. */
  async openNotes() {
    await this.notes.getByRole('heading', { level: 2 }).click();
    await expect(this.notes).toHaveAttribute('open', '');
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

  /** The row of one section in the section table, by its name. */
  sectionRow(section: string | RegExp): Locator {
    return this.page.getByRole('table').getByRole('row', { name: section });
  }
}
