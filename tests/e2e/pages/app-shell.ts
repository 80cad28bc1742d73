// Page object for what every screen shares: the header with the language choice, the
// main heading, and the storage banner.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';

export class AppShell {
  constructor(readonly page: Page) {}

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  /** The language choice: the header's only select, whatever language it is labelled in. */
  get languageSelect(): Locator {
    return this.header.getByRole('combobox');
  }

  /** The phone menu's button (the only header button that opens and closes something). */
  get menuButton(): Locator {
    return this.header.getByRole('button', { expanded: false });
  }

  /** The app's navigation: a row of links on a wide screen, the menu on a phone. */
  get navigation(): Locator {
    return this.header.getByRole('navigation');
  }

  get mainHeading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get storageBanner(): Locator {
    return this.page.getByTestId('storage-banner');
  }

  /** Switches the interface language and waits until the document says it changed. */
  async chooseLanguage(language: LanguageCode) {
    await this.languageSelect.selectOption(language);
    await this.expectLanguage(language);
  }

  async expectLanguage(
    language: LanguageCode,
    dir: 'ltr' | 'rtl' = language === 'fa' ? 'rtl' : 'ltr',
  ) {
    const root = this.page.locator('html');
    await expect(root).toHaveAttribute('lang', language);
    await expect(root).toHaveAttribute('dir', dir);
  }

  /** Opens `path` and waits until the app shell is drawn (and its chunks have loaded). */
  async open(path: string) {
    await this.page.goto(path, { waitUntil: 'networkidle' });
    await expect(this.header).toBeVisible();
  }
}
