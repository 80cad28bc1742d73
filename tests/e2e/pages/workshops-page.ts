// Page objects for the trainer's Workshops list (create, import a workshop file) and one
// workshop's dashboard (its participants). Names are read from the locale files, so the
// same steps run in every language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { localeText } from '../support/locales';

type FileToSet = { name: string; mimeType: string; buffer: Buffer };

export class WorkshopsPage {
  constructor(
    readonly page: Page,
    readonly language: LanguageCode = 'en',
  ) {}

  private t(key: string): string {
    return localeText(this.language, 'workshop', key);
  }

  async goto() {
    await this.page.goto('/workshops');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** The file input that imports a whole workshop (a `.workshop.json` export). */
  get importFile(): Locator {
    return this.page.getByLabel(this.t('list.importLabel'), { exact: true });
  }

  /** What the import said: a polite status on success, an alert on failure. */
  get importMessage(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /** Imports one workshop file and waits until the page says it was imported. */
  async importWorkshop(file: FileToSet) {
    await this.importFile.setInputFiles(file);
    await expect(this.importMessage).toBeVisible();
  }
}

export class WorkshopPage {
  constructor(readonly page: Page) {}

  get participantsTable(): Locator {
    return this.page.getByTestId('participants-table');
  }

  /** The participants listed on the table's current page (its body rows, no header). */
  get participantRows(): Locator {
    return this.participantsTable.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
}
