// Page object for Settings → Your data: download a backup, import one, delete everything.
// Names come from the locale files, so the same steps run in every language.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { inAnyLanguage, localeText, type Translate } from '../support/locale-text';

type BackupFile = Parameters<Locator['setInputFiles']>[0];

export class SettingsPage {
  private readonly t: Translate;

  constructor(
    readonly page: Page,
    language: LanguageCode = 'en',
  ) {
    this.t = localeText(language, 'data');
  }

  async goto() {
    await this.page.goto('/settings');
    await expect(this.downloadBackupButton).toBeVisible();
  }

  get downloadBackupButton(): Locator {
    return this.page.getByRole('button', { name: this.t('exportJson') });
  }

  /**
   * The file field of "Import a backup", by its label in whichever language is shown:
   * the seed imports through it before a test has said which language it reads.
   */
  get backupFile(): Locator {
    return this.page.getByLabel(inAnyLanguage('data', 'importLabel'));
  }

  /** How many records of each kind are stored, as one line. */
  get recordCounts(): Locator {
    return this.page.getByTestId('record-counts');
  }

  /** What an import added, updated and skipped. */
  get importSummary(): Locator {
    return this.page.getByTestId('import-summary');
  }

  /** Why a file was refused, one line per problem. */
  get importError(): Locator {
    return this.page.getByTestId('import-error');
  }

  /** Presses "Download backup (JSON)" and gives the download the browser receives. */
  async downloadBackup(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadBackupButton.click(),
    ]);
    return download;
  }

  /** Imports a backup file (a path or a buffer) and waits for its summary. */
  async importBackup(file: BackupFile) {
    await this.backupFile.setInputFiles(file);
    await expect(this.importSummary).toBeVisible();
  }

  /** "Delete all data…", confirmed in its dialog; waits until the app says it is done. */
  async deleteAllData() {
    await this.page.getByRole('button', { name: this.t('deleteButton') }).click();
    await this.page
      .getByRole('dialog', { name: this.t('deleteConfirmTitle') })
      .getByRole('button', { name: this.t('deleteConfirm') })
      .click();
    await expect(
      this.page.getByRole('status').filter({ hasText: this.t('deletedAll') }),
    ).toBeVisible();
  }
}
