// Page object for an assessment's action plan: the suggested actions per section, the
// goal form (new or edited), the goals and the next-audit reminder. Names come from the
// locale files, so the same steps run in every language.
import type { Locator, Page } from '@playwright/test';
import type { LanguageCode } from '../../../src/i18n/languages';
import { localeText, messagePattern, type Translate } from '../support/locale-text';

/** A goal form, for a new goal or inside a goal card being edited. */
export class GoalForm {
  constructor(
    readonly form: Locator,
    private readonly t: Translate,
  ) {}

  private field(key: string): Locator {
    return this.form.getByLabel(this.t(key), { exact: true });
  }

  get heading(): Locator {
    return this.form.getByRole('heading');
  }

  get what(): Locator {
    return this.field('form.what');
  }

  get targetValue(): Locator {
    return this.field('form.targetValue');
  }

  get targetUnit(): Locator {
    return this.field('form.targetUnit');
  }

  get owner(): Locator {
    return this.field('form.owner');
  }

  /** The due date's day, month and year lists (fill with support/date-field's pickDate). */
  get dueDate(): Locator {
    return this.form.getByTestId('date-field');
  }

  /** "Add goal" on a new goal. */
  get save(): Locator {
    return this.form.getByRole('button', { name: this.t('form.save') });
  }

  /** "Save changes" on a goal being edited. */
  get saveChanges(): Locator {
    return this.form.getByRole('button', { name: this.t('form.saveChanges') });
  }

  get cancel(): Locator {
    return this.form.getByRole('button', { name: this.t('form.cancel') });
  }

  /** A field's message, by its key under form.errors. */
  error(key: string): Locator {
    return this.form.getByText(this.t(`form.errors.${key}`));
  }
}

export class ActionPlanPage {
  private readonly t: Translate;

  constructor(
    readonly page: Page,
    language: LanguageCode = 'en',
  ) {
    this.t = localeText(language, 'plan');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The suggested sections, weakest first; each a region named by its heading. */
  get suggestedSections(): Locator {
    return this.page.getByRole('region', { name: this.t('suggestions.title') }).getByRole('region');
  }

  /** The suggested actions shown in one suggested section. */
  actions(section: Locator): Locator {
    return section.getByRole('listitem');
  }

  /** "Make this a goal" of the action whose title matches (any action if none given). */
  makeGoalButton(action: RegExp = /.*/): Locator {
    const makeGoal = this.t('suggestions.makeGoal').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', {
      name: new RegExp(`^${makeGoal} ?: ${action.source}`, 'i'),
    });
  }

  /** Opens the form for a goal of one's own ("Write your own goal"). */
  async writeOwnGoal(): Promise<GoalForm> {
    await this.page.getByRole('button', { name: this.t('suggestions.custom') }).click();
    return this.newGoalForm;
  }

  /** The form of a new goal: one's own ("New goal") or for an action ("New goal: …"). */
  get newGoalForm(): GoalForm {
    const own = this.page.getByRole('form', { name: this.t('form.title'), exact: true });
    const forAction = this.page.getByRole('form', {
      name: messagePattern(this.t, 'form.titleFor', ['title']),
    });
    return new GoalForm(own.or(forAction), this.t);
  }

  /** The form that edits the goal shown in `card`. */
  editForm(card: Locator): GoalForm {
    return new GoalForm(card.getByRole('form', { name: this.t('form.editTitle') }), this.t);
  }

  /** "Edit" on a goal card. */
  editButton(card: Locator): Locator {
    return card.getByRole('button', { name: new RegExp(`^${this.t('goals.edit')}`) });
  }

  /** The goals of the plan, in order. */
  get goals(): Locator {
    return this.page.getByTestId('goal-card');
  }

  /** The goal just added: it says so, until the next change. */
  get justAdded(): Locator {
    return this.goals.filter({ hasText: this.t('goals.justAdded') });
  }
}
