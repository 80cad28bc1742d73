// Page objects for the workshops list (create one, import a workshop file) and one
// workshop (add results from files, open the scanner). Names come from the locale files,
// so the same steps run in every language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { localeText, type Translate } from '../support/locale-text';

export class WorkshopsPage {
  protected readonly t: Translate;

  constructor(
    readonly page: Page,
    language: LanguageCode = 'en',
  ) {
    this.t = localeText(language, 'workshop');
  }

  async goto() {
    await this.page.goto('/workshops');
    await expect(this.name).toBeVisible();
  }

  get name(): Locator {
    return this.page.getByLabel(this.t('list.nameLabel'), { exact: true });
  }

  /** The file field that imports a whole workshop (exported from another device). */
  get workshopFile(): Locator {
    return this.page.getByLabel(this.t('list.importLabel'), { exact: true });
  }

  /** What the workshop import said: a polite status on success, an alert on failure. */
  get importMessage(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** Imports one workshop file and waits until the page says it was imported. */
  async importWorkshop(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.workshopFile.setInputFiles(file);
    await expect(this.importMessage).toBeVisible();
  }

  /** Creates a workshop and waits for its own page. */
  async create(name: string): Promise<WorkshopPage> {
    await this.name.fill(name);
    await this.page.getByRole('button', { name: this.t('list.create') }).click();
    const workshop = new WorkshopPage(this.page);
    await expect(workshop.heading).toHaveText(name);
    return workshop;
  }
}

export class WorkshopPage {
  protected readonly t: Translate;

  constructor(
    readonly page: Page,
    language: LanguageCode = 'en',
  ) {
    this.t = localeText(language, 'workshop');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The file field for participants' result files (or a CSV of them). */
  get resultFiles(): Locator {
    return this.page.getByLabel(this.t('add.filesLabel'), { exact: true });
  }

  /** The visible label and hint of the result-file field (the label names the input). */
  get resultFilesLabel(): Locator {
    return this.page.getByText(this.t('add.filesLabel'), { exact: true });
  }

  get resultFilesHint(): Locator {
    return this.page.getByText(this.t('add.filesHint'), { exact: true });
  }

  /** The field for pasted share links, beside the file field on a wide screen. */
  get links(): Locator {
    return this.page.getByLabel(this.t('add.linksLabel'), { exact: true });
  }

  /** What was wrong with the files just added, one line per file and place. */
  get addProblems(): Locator {
    return this.page.getByTestId('add-problems');
  }

  /** Opens the camera scanner in place of the scan button. */
  async openScanner() {
    await this.page.getByRole('button', { name: this.t('scan.open') }).click();
  }

  get participantsTable(): Locator {
    return this.page.getByTestId('participants-table');
  }

  /** The participants listed on the table's current page (its body rows, no header). */
  get participantRows(): Locator {
    return this.participantsTable.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** Why the camera cannot be used (no camera, or permission refused). */
  get cameraProblem(): Locator {
    return this.page.getByTestId('camera-problem');
  }
}
