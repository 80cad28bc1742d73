// Page objects for the four complaint screens (issue 17): the log with its quick-entry
// form, a complaint's own page, the figures, the customer surveys and the top three
// problems. English labels; other languages are opened by address.
import { expect, type Locator, type Page } from '@playwright/test';
import { drawnCharts } from './charts';

/** What the four screens share: the heading, the links between them and the business. */
class ComplaintsScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Complaints and feedback' });
  }

  navLink(name: 'Log' | 'Figures' | 'Surveys' | 'Top three'): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  get businessName(): Locator {
    return this.page.getByLabel('Name of the business');
  }

  get useName(): Locator {
    return this.page.getByRole('button', { name: 'Use this name' });
  }

  /** The live region that answers every action (saved, deleted with Undo, failed). */
  get message(): Locator {
    return this.page
      .getByRole('status')
      .filter({ has: this.page.getByRole('button', { name: 'Dismiss' }) });
  }

  get undo(): Locator {
    return this.message.getByRole('button', { name: 'Undo' });
  }

  /** Types a new business name and uses it. */
  async chooseBusiness(name: string) {
    await this.businessName.fill(name);
    await this.useName.click();
    await expect(this.heading).toContainText(name);
  }
}

export type QuickComplaint = {
  summary: string;
  channel: string;
  category: string;
  outcome?: 'Fixed on the spot' | 'Promised by a date';
  promised?: string;
  passedOnTo?: string;
};

export class ComplaintLogPage extends ComplaintsScreen {
  async goto(query = '') {
    await this.page.goto(`/complaints${query}`);
    await expect(this.heading).toBeVisible();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'New complaint' });
  }

  get summary(): Locator {
    return this.form.getByLabel('What was the complaint about?');
  }

  channel(name: string): Locator {
    return this.form.getByRole('radio', { name, exact: true });
  }

  get category(): Locator {
    return this.form.getByLabel('Category', { exact: true });
  }

  outcome(name: 'Not settled yet' | 'Fixed on the spot' | 'Promised by a date'): Locator {
    return this.form.getByRole('radio', { name });
  }

  get passedOn(): Locator {
    return this.form.getByLabel('Passed on to someone who can decide more');
  }

  get passedOnTo(): Locator {
    return this.form.getByRole('textbox', { name: /^Passed on to/ });
  }

  get save(): Locator {
    return this.form.getByRole('button', { name: 'Save complaint' });
  }

  get newComplaint(): Locator {
    return this.page.getByRole('button', { name: 'Log a complaint' });
  }

  show(which: 'Open ones' | 'All'): Locator {
    return this.page.getByRole('radio', { name: which, exact: true });
  }

  get items(): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: /^View: / }) });
  }

  details(summary: string): Locator {
    return this.page.getByRole('link', { name: `View: ${summary}` });
  }

  /** Fills the quick-entry form (open already) and saves; waits for the confirmation. */
  async log(fields: QuickComplaint) {
    await this.summary.fill(fields.summary);
    await this.channel(fields.channel).check();
    await this.category.selectOption({ label: fields.category });
    if (fields.outcome) await this.outcome(fields.outcome).check();
    if (fields.promised)
      await this.form.getByLabel('Date promised to the customer').fill(fields.promised);
    if (fields.passedOnTo) {
      await this.passedOn.check();
      await this.passedOnTo.fill(fields.passedOnTo);
    }
    await this.save.click();
    await expect(this.message).toContainText(fields.summary);
  }
}

export class ComplaintPage extends ComplaintsScreen {
  get close(): Locator {
    return this.page.getByRole('button', { name: 'Mark as resolved' });
  }

  get reopen(): Locator {
    return this.page.getByRole('button', { name: 'Reopen' });
  }

  get remove(): Locator {
    return this.page.getByRole('button', { name: 'Delete complaint' });
  }

  get backToLog(): Locator {
    return this.page.getByRole('link', { name: 'Back to the log' });
  }
}

export class FiguresPage extends ComplaintsScreen {
  /** The table of complaints per period (the charts' text equivalent). */
  get perPeriod(): Locator {
    return this.page.getByRole('table', { name: /Complaints per period/ });
  }

  /** The cells of the latest period's row. */
  latestPeriodCells(): Locator {
    return this.perPeriod.getByRole('row').last().getByRole('cell');
  }

  /** The drawn charts of the figures (loaded lazily, each beside its table). */
  get charts(): Locator {
    return drawnCharts(this.page.getByRole('main'));
  }
}

export class CustomerSurveysPage extends ComplaintsScreen {
  get form(): Locator {
    return this.page.getByRole('form', { name: /survey round/ });
  }

  get responses(): Locator {
    return this.form.getByLabel('Number of answers');
  }

  get satisfied(): Locator {
    return this.form.getByLabel('Answers of 4 or 5 (satisfied)');
  }

  get save(): Locator {
    return this.form.getByRole('button', { name: 'Save survey round' });
  }

  get rounds(): Locator {
    return this.page.getByRole('table', { name: 'Figures per survey round' });
  }
}

export class ProblemsPage extends ComplaintsScreen {
  get addForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a problem' });
  }

  get title(): Locator {
    return this.addForm.getByLabel('The problem', { exact: true });
  }

  get add(): Locator {
    return this.addForm.getByRole('button', { name: 'Add to the list' });
  }

  problem(title: string): Locator {
    return this.page.getByRole('listitem', { name: title });
  }

  frequency(title: string): Locator {
    return this.problem(title).getByLabel('How often');
  }

  cost(title: string): Locator {
    return this.problem(title).getByLabel('What it costs');
  }

  concrete(title: string): Locator {
    return this.problem(title).getByLabel('Concrete enough to act on');
  }

  remove(title: string): Locator {
    return this.page.getByRole('button', { name: `Remove: ${title}` });
  }

  get topThree(): Locator {
    return this.page.getByTestId('top-three').getByRole('listitem');
  }
}
