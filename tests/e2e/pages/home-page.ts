// Page object for Home: the new-assessment form and the list of audits to continue.
import { expect, type Locator, type Page } from '@playwright/test';

export type NewAssessmentFields = { businessName?: string; respondent?: string; context?: string };

export class HomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
    await expect(this.form).toBeVisible();
  }

  get form(): Locator {
    return this.page.locator('form.new-assessment');
  }

  field(name: keyof NewAssessmentFields): Locator {
    return this.form.locator(`#${name}`);
  }

  get startButton(): Locator {
    return this.form.locator('button[type=submit]');
  }

  /** Fills the given fields and starts; the survey's first step opens. */
  async startAssessment(fields: NewAssessmentFields = {}) {
    for (const [name, value] of Object.entries(fields)) {
      if (value) await this.field(name as keyof NewAssessmentFields).fill(value);
    }
    await this.startButton.click();
    await expect(this.page).toHaveURL(/\/a\/[^/]+\/survey\/1$/);
  }

  /** The "continue" link of an audit in progress, by its business name. */
  continueLink(businessName: string | RegExp): Locator {
    const name =
      typeof businessName === 'string'
        ? new RegExp(`continue.*${businessName}`, 'i')
        : businessName;
    return this.page.getByRole('link', { name });
  }
}
