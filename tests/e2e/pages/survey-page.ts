// Page object for the audit: start an assessment, answer statements, move between steps.
import { expect, type Locator, type Page } from '@playwright/test';
import { ITEM_IDS, SECTIONS } from '../../../src/domain/instrument';
import { storedRecord } from '../support/indexed-db';
import { HomePage, type NewAssessmentFields } from './home-page';

// The instrument itself is the single source of item ids and section sizes.
export { ITEM_IDS };
export const SECTION_SIZES = SECTIONS.map((section) => section.itemIds.length);

/**
 * Answers whose exact total is 23.2666… (shown 23.27, adequate): culture 3, products 4,
 * feedback 8/3, knowledge 4, accessibility 4, staff 18/5, improvement 2. A total that
 * needs rounding, for the audit tests in every language.
 */
const ADEQUATE_2327: Record<string, number> = {
  ...Object.fromEntries(ITEM_IDS.map((id) => [id, 4])),
  ...{ 'culture.1': 3, 'culture.2': 3, 'culture.3': 3, 'culture.4': 3 },
  ...{ 'feedback.1': 3, 'feedback.2': 3, 'feedback.3': 2, 'staff.5': 2 },
  ...{ 'improvement.1': 2, 'improvement.2': 2, 'improvement.3': 2 },
};
export const adequate2327 = (itemId: string): number => ADEQUATE_2327[itemId]!;

export class SurveyPage {
  constructor(readonly page: Page) {}

  /** Starts a new assessment from Home; the first step opens. */
  async start(fields: NewAssessmentFields = {}) {
    const home = new HomePage(this.page);
    await home.goto();
    await home.startAssessment(fields);
  }

  /** The fieldset of one statement (its legend, options and save messages). */
  statement(itemId: string): Locator {
    return this.page.locator(`fieldset[data-item="${itemId}"]`);
  }

  /** One option of one statement: 1 (not at all) to 5 (always). */
  option(itemId: string, value: number): Locator {
    return this.page.locator(`input[name="${itemId}"][value="${value}"]`);
  }

  /** Every option with this value on the step shown. */
  optionsWithValue(value: number): Locator {
    return this.page.locator(`input[type=radio][value="${value}"]`);
  }

  /** The statement ids on the step shown, in order. */
  async statementsShown(): Promise<string[]> {
    // The step's heading is painted (and focused) while the audit is still being read;
    // the statements follow it.
    const statements = this.page.locator('fieldset.scale');
    await statements.first().waitFor();
    return statements.evaluateAll((sets) => sets.map((set) => (set as HTMLElement).dataset.item!));
  }

  /** "n of 25 statements answered". */
  progressText(answered: number): Locator {
    return this.page.getByText(`${answered} of 25 statements answered`);
  }

  /** The save problem shown under one statement. */
  saveProblem(itemId: string): Locator {
    return this.statement(itemId).getByRole('alert');
  }

  async seeResults() {
    await this.page.getByRole('button', { name: /see my results/i }).click();
    await expect(this.page).toHaveURL(/\/results$/);
  }

  assessmentId(): string {
    const match = /\/a\/([^/]+)\//.exec(this.page.url());
    if (!match?.[1]) throw new Error(`No assessment id in ${this.page.url()}`);
    return match[1];
  }

  /** Picks a value for one statement and waits until it is committed to IndexedDB. */
  async answer(itemId: string, value: number) {
    const radio = this.option(itemId, value);
    await radio.check();
    await expect(radio).toBeChecked();
    await expect.poll(() => this.storedAnswer(itemId), { timeout: 5_000 }).toBe(value);
  }

  async storedAnswer(itemId: string): Promise<number | undefined> {
    const record = await storedRecord<{ answers?: Record<string, number> }>(
      this.page,
      'assessments',
      this.assessmentId(),
    );
    return record?.answers?.[itemId];
  }

  /**
   * Goes to the next step and waits until it is on screen: its address, and its first
   * statement (a test reading the statements at once would otherwise see the old step's).
   */
  async next() {
    const step = Number(/\/survey\/(\d+)/.exec(this.page.url())?.[1] ?? Number.NaN);
    await this.page.getByRole('link', { name: /next section/i }).click();
    if (!Number.isInteger(step)) return;
    await expect(this.page).toHaveURL(new RegExp(`/survey/${step + 1}$`));
    const first = SECTIONS[step]?.itemIds[0];
    if (first) await expect(this.statement(first)).toBeVisible();
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
