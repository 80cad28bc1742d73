// Page objects for History and the two screens it leads to, Compare and Trend. English
// names: the specs using them run in English.
import { expect, type Locator, type Page } from '@playwright/test';
import { drawnCharts } from './charts';

/** Body rows of a table (the header row has column headers, not cells). */
function bodyRows(table: Locator): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('cell') });
}

export class HistoryPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/history');
    await expect(this.heading).toBeVisible();
  }

  /** Opens History from the app's navigation. */
  async openFromMenu() {
    await this.page.getByRole('link', { name: 'History' }).click();
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'History' });
  }

  /** Every audit listed (after the filters). */
  get items(): Locator {
    return this.page.getByTestId('history-item');
  }

  item(businessName: string): Locator {
    return this.items.filter({ hasText: businessName });
  }

  async filterByStatus(status: 'all' | 'inProgress' | 'complete') {
    await this.page.getByLabel('Status').selectOption(status);
  }

  async retake(businessName: string) {
    await this.page
      .getByRole('button', { name: new RegExp(`^Re-take\\W+${businessName}`) })
      .click();
    await expect(this.page).toHaveURL(/\/survey\/1$/);
  }

  async delete(businessName: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Delete\\W+${businessName}`) }).click();
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo' });
  }

  /** The polite message that says what was deleted or restored. */
  get status(): Locator {
    return this.page.getByRole('status');
  }

  async openCompare(): Promise<ComparePage> {
    await this.page.getByRole('link', { name: 'Compare two results' }).click();
    const compare = new ComparePage(this.page);
    await expect(compare.heading).toHaveText('Compare two results');
    return compare;
  }

  /** Opens the trend of the first business listed. */
  async openTrend(): Promise<TrendPage> {
    await this.page.getByRole('link', { name: 'Trend over time' }).first().click();
    return new TrendPage(this.page);
  }
}

export class ComparePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /section averages of both results/i });
  }

  /** The table's row of a section (or the total), by its name. */
  row(name: RegExp): Locator {
    return this.table.getByRole('row', { name });
  }

  get summary(): Locator {
    return this.page.getByTestId('compare-summary');
  }

  get before(): Locator {
    return this.page.getByRole('combobox', { name: 'Before' });
  }

  get after(): Locator {
    return this.page.getByRole('combobox', { name: 'After' });
  }

  /** Puts the later result first and the earlier one second. */
  async swap() {
    const [before, after] = await Promise.all([this.before.inputValue(), this.after.inputValue()]);
    await this.before.selectOption(after);
    await this.after.selectOption(before);
  }

  get charts(): Locator {
    return drawnCharts(this.page);
  }

  /**
   * The change column: its header and the cell of every section and of the total. A
   * column's cells have no role or name of their own, and the band row spans the column,
   * so the column is found by the class that marks it.
   */
  get changeColumn(): Locator {
    return this.table.locator('.compare__change-col');
  }

  /** The band badges of both results, in the table's band row. */
  get bandChips(): Locator {
    return this.table
      .getByRole('row', { name: /^Band/ })
      .getByText(/^(At risk|Adequate|An asset)$/);
  }
}

export class TrendPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** One row per audit, oldest first: date, total, band. */
  get totalRows(): Locator {
    return bodyRows(this.page.getByTestId('trend-total-table'));
  }

  /** The row of one section in the table of section averages over time. */
  sectionRow(name: RegExp): Locator {
    return this.page.getByTestId('trend-sections-table').getByRole('row', { name });
  }

  get charts(): Locator {
    return drawnCharts(this.page);
  }
}
