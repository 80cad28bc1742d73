// The rules customers meet (returns, payment, deposits…), reviewed as seed 003 asks: the
// ones customers complain about are flagged to drop or simplify, most complained-about
// first. A rule is filed under a complaint category of the log (a built-in one, stored as
// its id so it reads in every language, or the owner's own); its complaints are counted
// from the log's last 90 days, or else taken from the owner's own count per rule.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { removeRule, saveRule } from '../../db/policies';
import { parseLocaleNumber } from '../../domain/locale-number';
import { BUILTIN_CATEGORIES, isBuiltinCategoryKey } from '../../domain/complaints';
import {
  LONG_RULE_WORDS,
  MAX_CATEGORY,
  MAX_RULE_TEXT,
  type HouseRule,
  type Policy,
} from '../../domain/policy';
import { reviewRules } from '../../domain/policy-evidence';
import { useFormat } from '../../ui/use-format';
import { UserText } from '../../ui/user-text';
import { SaveFeedback } from './save-feedback';
import { useSaveAction } from './use-save-action';
import { FormActions } from '../../ui/form-actions';
import type { LogEvidence } from './use-complaint-evidence';

/**
 * A rule's category in the reader's language and back: a built-in category is stored as
 * its id and shown by its translated name; the owner's own names stay as typed.
 */
function useRuleCategories(ownCategories: readonly string[]) {
  const { t } = useTranslation(['policy', 'complaints']);
  const builtinName = (key: (typeof BUILTIN_CATEGORIES)[number]) =>
    t(`complaints:categories.${key}`);
  const shown = (stored: string) => (isBuiltinCategoryKey(stored) ? builtinName(stored) : stored);
  const stored = (typed: string) => {
    const wanted = typed.trim().toLocaleLowerCase();
    return (
      BUILTIN_CATEGORIES.find((key) => builtinName(key).toLocaleLowerCase() === wanted) ??
      typed.trim()
    );
  };
  const choices = [...BUILTIN_CATEGORIES.map(builtinName), ...ownCategories];
  return { shown, stored, choices };
}

function ruleFormSchema(language: string) {
  return z.object({
    text: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: 'textMissing' }),
        z.maxLength(MAX_RULE_TEXT, { error: 'tooLong' }),
      ),
    category: z.string().check(z.trim(), z.maxLength(MAX_CATEGORY, { error: 'tooLong' })),
    complaints: z.pipe(
      z.string().check(z.trim()),
      z.transform((value, context) => {
        if (value === '') return null;
        const parsed = parseLocaleNumber(value, language);
        if (parsed === null || !Number.isInteger(parsed) || parsed < 0 || parsed > 1_000_000) {
          context.issues.push({ code: 'custom', input: value, message: 'complaintsInvalid' });
          return z.NEVER;
        }
        return parsed;
      }),
    ),
  });
}
type RuleFormValues = z.input<ReturnType<typeof ruleFormSchema>>;
type RuleFormResult = z.output<ReturnType<typeof ruleFormSchema>>;

function RuleForm({
  rule,
  ownCategories,
  onSave,
  onCancel,
}: {
  rule?: HouseRule;
  ownCategories: readonly string[];
  onSave: (values: RuleFormResult) => Promise<void>;
  onCancel: () => void;
}) {
  const categories = useRuleCategories(ownCategories);
  const { t, i18n } = useTranslation('policy');
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const prefix = rule ? `rule-${rule.id}` : 'rule-new';
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<RuleFormValues, unknown, RuleFormResult>({
    resolver: zodResolver(ruleFormSchema(language)),
    defaultValues: {
      text: rule?.text ?? '',
      category: categories.shown(rule?.category ?? ''),
      complaints: rule?.complaints === null || !rule ? '' : format.integer(rule.complaints),
    },
  });
  useEffect(() => setFocus('text'), [setFocus]);
  const message = (code: string | undefined, max: number) =>
    code === 'textMissing'
      ? t('rules.textMissing')
      : code === 'complaintsInvalid'
        ? t('rules.complaintsInvalid')
        : t('tooLong', { max: format.integer(max) });
  const describe = (name: keyof RuleFormValues, hint: boolean) => ({
    id: `${prefix}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby':
      [hint ? `${prefix}-${name}-hint` : '', errors[name] ? `${prefix}-${name}-error` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });
  const errorText = (name: keyof RuleFormValues, max: number) =>
    errors[name] ? (
      <p className="field__error" id={`${prefix}-${name}-error`}>
        {message(errors[name]?.message, max)}
      </p>
    ) : null;

  return (
    <form
      className="card rule-form"
      noValidate
      onSubmit={handleSubmit(async (values) =>
        onSave({ ...values, category: categories.stored(values.category) }),
      )}
      aria-label={t('rules.text')}
    >
      <div className="field">
        <label htmlFor={`${prefix}-text`}>{t('rules.text')}</label>
        <input type="text" dir="auto" {...describe('text', false)} {...register('text')} />
        {errorText('text', MAX_RULE_TEXT)}
      </div>
      <div className="rule-form__row">
        <div className="field">
          <label htmlFor={`${prefix}-category`}>{t('rules.category')}</label>
          <p className="field__hint" id={`${prefix}-category-hint`}>
            {t('rules.categoryHint')}
          </p>
          <input
            type="text"
            dir="auto"
            list={`${prefix}-categories`}
            autoComplete="off"
            {...describe('category', true)}
            {...register('category')}
          />
          <datalist id={`${prefix}-categories`}>
            {categories.choices.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {errorText('category', MAX_CATEGORY)}
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-complaints`}>{t('rules.complaints')}</label>
          <p className="field__hint" id={`${prefix}-complaints-hint`}>
            {t('rules.complaintsHint')}
          </p>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            {...describe('complaints', true)}
            {...register('complaints')}
          />
          {errorText('complaints', 0)}
        </div>
      </div>
      <FormActions
        submitLabel={rule ? t('rules.save') : t('rules.add')}
        cancelLabel={t('rules.cancel')}
        onCancel={onCancel}
        submitting={isSubmitting}
      />
    </form>
  );
}

type Props = {
  policy: Policy;
  /** The complaint log's evidence; undefined while loading. */
  log: LogEvidence | undefined;
};

export function HouseRules({ policy, log }: Props) {
  const { t } = useTranslation('policy');
  const format = useFormat();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const save = useSaveAction();
  const rules = policy.content.rules;
  const ownCategories = log?.ownCategories ?? [];
  const categories = useRuleCategories(ownCategories);
  const reviews = reviewRules(rules, log?.figures?.categories ?? []);

  const run = async (action: () => Promise<unknown>, message: string) => {
    if (await save.run(action, message)) setEditing(null);
  };

  return (
    <section className="house-rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rules.title')}</h2>
      <p>{t('rules.intro')}</p>
      <SaveFeedback error={save.error} status={save.status} />
      {rules.length === 0 ? (
        <p className="muted">{t('rules.empty')}</p>
      ) : (
        <ul className="rule-list">
          {reviews.map((review) => {
            const rule = rules.find((item) => item.id === review.ruleId)!;
            if (editing === rule.id)
              return (
                <li key={rule.id}>
                  <RuleForm
                    rule={rule}
                    ownCategories={ownCategories}
                    onCancel={() => setEditing(null)}
                    onSave={(values) =>
                      run(() => saveRule(policy.id, values, rule.id), t('rules.saved'))
                    }
                  />
                </li>
              );
            const verdict =
              review.verdict === 'removeOrSimplify'
                ? t('rules.removeOrSimplify', { count: review.complaints })
                : review.verdict === 'simplify'
                  ? t('rules.simplify', { max: format.integer(LONG_RULE_WORDS) })
                  : t('rules.keep');
            return (
              <li key={rule.id} className={`rule-card rule-card--${review.verdict}`}>
                <p className="rule-card__text" dir="auto">
                  {rule.text}
                </p>
                {rule.category && (
                  <p className="muted rule-card__category">
                    {t('rules.category')}: <UserText>{categories.shown(rule.category)}</UserText>
                  </p>
                )}
                <p className="rule-card__verdict">
                  {verdict}
                  {review.source && (
                    <span className="muted">
                      {' '}
                      (
                      {review.source === 'categories'
                        ? t('rules.fromCategories', { days: log?.figures?.windowDays ?? 0 })
                        : t('rules.fromOwner')}
                      )
                    </span>
                  )}
                </p>
                <div className="actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setEditing(rule.id)}
                  >
                    {t('rules.edit')}
                    <span className="visually-hidden">
                      : <UserText>{rule.text}</UserText>
                    </span>
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() =>
                      void run(() => removeRule(policy.id, rule.id), t('rules.removed'))
                    }
                  >
                    {t('rules.remove')}
                    <span className="visually-hidden">
                      : <UserText>{rule.text}</UserText>
                    </span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {editing === 'new' ? (
        <RuleForm
          ownCategories={ownCategories}
          onCancel={() => setEditing(null)}
          onSave={(values) => run(() => saveRule(policy.id, values), t('rules.saved'))}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('rules.add')}
        </button>
      )}
    </section>
  );
}
