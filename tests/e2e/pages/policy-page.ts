// Page object for the customer-service policy: start a policy, write its vision,
// standards, areas and staff card, keep versions and print the document. Labels are
// read from the locale files, so the same steps run in every language.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

type Language = 'en' | 'ms' | 'id' | 'sk' | 'fa';
type Messages = Record<string, unknown>;

function messages(language: Language): Messages {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../locales', language, 'policy.json'), 'utf8'),
  ) as Messages;
}

/** A message by its dotted key, with {{placeholders}} filled in. */
function message(all: Messages, key: string, values: Record<string, string> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Messages)[part], all);
  if (typeof found !== 'string') throw new Error(`No message ${key}`);
  return found.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => values[name] ?? '');
}

export const VISION_PROMPTS = [
  'futureReasons',
  'customerReasons',
  'innovationSteps',
  'keyElements',
  'verbs',
] as const;

export class PolicyPage {
  private readonly text: Messages;

  constructor(
    readonly page: Page,
    readonly language: Language = 'en',
  ) {
    this.text = messages(language);
  }

  /** The message for `key` in this page's language. */
  t(key: string, values?: Record<string, string>): string {
    return message(this.text, key, values);
  }

  /** Opens (or creates) the policy of a business from the policies screen. */
  async open(businessName: string, context = ''): Promise<string> {
    await this.page.goto('/policy');
    await expect(this.page.getByRole('heading', { name: this.t('start.title') })).toBeVisible();
    // With audited businesses there is a choice first; "another" shows the name fields.
    const choice = this.page.getByLabel(this.t('start.audited'), { exact: true });
    if (await choice.isVisible()) await choice.selectOption({ label: this.t('start.another') });
    await this.page.getByLabel(this.t('start.business'), { exact: true }).fill(businessName);
    await this.page.getByLabel(this.t('start.context'), { exact: true }).fill(context);
    await this.page.getByRole('button', { name: this.t('start.submit') }).click();
    await expect(this.page).toHaveURL(/\/policy\/[^/]+\/vision$/);
    return this.policyId();
  }

  policyId(): string {
    const match = /\/policy\/([^/?]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`No policy id in ${this.page.url()}`);
    return match[1];
  }

  async step(step: 'vision' | 'standards' | 'areas' | 'staff' | 'document') {
    await this.page
      .getByRole('navigation', { name: this.t('steps.label') })
      .getByRole('link', { name: new RegExp(this.t(`steps.${step}`)) })
      .click();
    await expect(this.page).toHaveURL(new RegExp(`/${step}$`));
  }

  async writeVision(answers: Record<(typeof VISION_PROMPTS)[number], string>, statement: string) {
    for (const prompt of VISION_PROMPTS) {
      await this.page.getByLabel(this.t(`vision.prompts.${prompt}`)).fill(answers[prompt]);
    }
    await this.page.getByLabel(this.t('vision.statement'), { exact: true }).fill(statement);
    await this.page.getByRole('button', { name: this.t('vision.save') }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: this.t('vision.saved') }),
    ).toBeVisible();
  }

  /** Opens the editor for a new standard and fills it (without saving). */
  async draftStandard(text: string, evidence: string) {
    const editor = this.editor();
    if (!(await editor.isVisible()))
      await this.page.getByRole('button', { name: this.t('standards.add') }).click();
    await editor.getByLabel(this.t('standards.fields.text'), { exact: true }).fill(text);
    await editor.getByLabel(this.t('standards.fields.evidence')).fill(evidence);
  }

  editor() {
    return this.page.getByRole('form', { name: this.t('standards.formTitle') });
  }

  async saveStandard() {
    await this.editor()
      .getByRole('button', { name: this.t('standards.save') })
      .click();
  }

  standardTexts() {
    return this.page.locator('.standard-card__text');
  }

  /** The verbs taken from the vision's answers, listed beside the statement. */
  get verbs(): Locator {
    return this.page
      .getByRole('complementary', { name: this.t('vision.verbsTitle') })
      .getByRole('listitem');
  }

  /** The text field of the standard being written. */
  get standardText(): Locator {
    return this.editor().getByLabel(this.t('standards.fields.text'), { exact: true });
  }

  /**
   * One check of the standard being written (measurable, timeBound, …) and the checks
   * that fail. A check's state is in its `data-ok`: the ✓/✗ mark is aria-hidden and the
   * words differ per check and state, so no role or name tells passed from failed.
   */
  standardCheck(key: string): Locator {
    return this.editor().locator(`[data-check="${key}"]`);
  }

  get failingChecks(): Locator {
    return this.editor().locator('[data-ok=false]');
  }

  async cancelStandard() {
    await this.editor()
      .getByRole('button', { name: this.t('standards.cancel') })
      .click();
  }

  /** The policy areas' cards in the order shown (the ones to write first on top). */
  get areaCards(): Locator {
    return this.page
      .getByRole('region', { name: this.t('areas.title') })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  /** The house rules listed, each with its review. */
  get ruleCards(): Locator {
    return this.page.getByRole('region', { name: this.t('rules.title') }).getByRole('listitem');
  }

  /** Opens the form for a new house rule. */
  async openRuleForm(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.t('rules.add') }).click();
    return this.page.getByRole('form', { name: this.t('rules.text') });
  }

  /** Adds a house rule, filed under a complaint category as typed. */
  async addRule(text: string, category: string) {
    const form = await this.openRuleForm();
    await form.getByLabel(this.t('rules.text'), { exact: true }).fill(text);
    await form.getByLabel(this.t('rules.category'), { exact: true }).fill(category);
    await form.getByRole('button', { name: this.t('rules.add') }).click();
  }

  async answerAreas(answers: Partial<Record<string, string>>) {
    for (const [area, answer] of Object.entries(answers)) {
      const name = this.t(`areas.names.${area}`);
      await this.page.getByLabel(this.t('areas.answer', { area: name })).fill(answer ?? '');
    }
    await this.page.getByRole('button', { name: this.t('areas.save') }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: this.t('areas.saved') }),
    ).toBeVisible();
  }

  async saveVersion(note: string, number: number, digits: (n: number) => string = String) {
    await this.page.getByLabel(this.t('document.note')).fill(note);
    await this.page
      .getByRole('button', { name: this.t('document.saveVersion', { number: digits(number) }) })
      .click();
    await expect(
      this.page.getByRole('status').filter({
        hasText: this.t('document.savedVersion', { number: digits(number) }),
      }),
    ).toBeVisible();
  }

  /**
   * Prints the current screen to PDF (A4 and Letter), renders the pages to PNG under
   * `outDir` for looking at, and returns the text of each PDF without the bidi control
   * marks pdftotext adds around right-to-left runs.
   */
  async printToPdf(outDir: string): Promise<{ text: string; pages: number }[]> {
    await this.page.emulateMedia({ media: 'print' });
    const results = [];
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await this.page.pdf({ format, printBackground: true });
      const dir = `${outDir}/${this.language}-${format}`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/policy.pdf`, pdf);
      const text = execFileSync('pdftotext', ['-layout', `${dir}/policy.pdf`, '-'])
        .toString()
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      // pdftotext ends every page with a form feed.
      const pages = text.split('\f').length - 1;
      execFileSync('pdftoppm', ['-png', '-r', '60', `${dir}/policy.pdf`, `${dir}/page`]);
      results.push({ text, pages });
    }
    await this.page.emulateMedia({ media: 'screen' });
    return results;
  }
}
