// Page object for an assessment's results: the total, the band, the charts and the
// section table that is their text equivalent.
import type { Locator, Page } from '@playwright/test';
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

  /** The row of one section in the section table, by its name. */
  sectionRow(section: string | RegExp): Locator {
    return this.page.getByRole('table').getByRole('row', { name: section });
  }
}
