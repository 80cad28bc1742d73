// Page object for the audit: start an assessment, answer statements, move between steps.
import { expect, type Page } from '@playwright/test';
import { ITEM_IDS, SECTIONS } from '../../../src/domain/instrument';

// The instrument itself is the single source of item ids and section sizes.
export { ITEM_IDS };
export const SECTION_SIZES = SECTIONS.map((section) => section.itemIds.length);

export class SurveyPage {
  constructor(readonly page: Page) {}

  async start(fields: { businessName?: string; respondent?: string; context?: string } = {}) {
    await this.page.goto('/');
    const form = this.page.locator('form.new-assessment');
    await expect(form).toBeVisible();
    if (fields.businessName) await this.page.locator('#businessName').fill(fields.businessName);
    if (fields.respondent) await this.page.locator('#respondent').fill(fields.respondent);
    if (fields.context) await this.page.locator('#context').fill(fields.context);
    await form.locator('button[type=submit]').click();
    await expect(this.page).toHaveURL(/\/a\/[^/]+\/survey\/1$/);
  }

  assessmentId(): string {
    const match = /\/a\/([^/]+)\//.exec(this.page.url());
    if (!match?.[1]) throw new Error(`No assessment id in ${this.page.url()}`);
    return match[1];
  }

  /** Picks a value for one statement and waits until it is committed to IndexedDB. */
  async answer(itemId: string, value: number) {
    const radio = this.page.locator(`input[name="${itemId}"][value="${value}"]`);
    await radio.check();
    await expect(radio).toBeChecked();
    await expect.poll(() => this.storedAnswer(itemId), { timeout: 5_000 }).toBe(value);
  }

  async storedAnswer(itemId: string): Promise<number | undefined> {
    const id = this.assessmentId();
    return this.page.evaluate(
      ([assessmentId, item]) =>
        new Promise<number | undefined>((resolve, reject) => {
          const open = indexedDB.open('centricity');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db
              .transaction('assessments')
              .objectStore('assessments')
              .get(assessmentId!);
            request.onsuccess = () => {
              db.close();
              resolve(request.result?.answers?.[item!]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      [id, itemId],
    );
  }

  async next() {
    await this.page.getByRole('link', { name: /next section/i }).click();
  }

  /** Answers every statement of the current step with values from `valueOf`. */
  async answerStep(step: number, valueOf: (itemId: string) => number) {
    const start = SECTION_SIZES.slice(0, step - 1).reduce((a, b) => a + b, 0);
    for (const itemId of ITEM_IDS.slice(start, start + SECTION_SIZES[step - 1]!)) {
      await this.answer(itemId, valueOf(itemId));
    }
  }

  /** Answers every step with `valueOf`, from step 1, and presses "See my results". */
  async answerAll(valueOf: (itemId: string) => number) {
    for (let step = 1; step <= SECTION_SIZES.length; step++) {
      await expect(this.page).toHaveURL(new RegExp(`/survey/${step}$`));
      await this.answerStep(step, valueOf);
      if (step < SECTION_SIZES.length) await this.next();
    }
    await this.page.getByRole('button', { name: /see my results/i }).click();
  }

  /** Answers every step with `valueOf`, from step 1, and opens the results. */
  async completeAudit(valueOf: (itemId: string) => number) {
    await this.answerAll(valueOf);
    await expect(this.page).toHaveURL(/\/results$/);
  }
}
