// One goal, written by the user: what, a measurable target (number + what it counts),
// owner, due date and status. Validated with the domain's goal schema; every message is
// inline, tied to its field with aria-describedby, and the first invalid field gets focus.
// The same form edits a saved goal (prefilled; its status is kept and not shown). The
// target is a text field: a number field would blank Persian digits and "2,5".
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import {
  GOAL_STATUSES,
  goalFormSchema,
  isGoalFormError,
  type GoalDraft,
  type GoalFormOptions,
  type GoalStatus,
} from '../../domain/action-plan';
import { SECTION_IDS, type SectionId } from '../../domain/instrument';
import { formatNumberForInput } from '../../domain/locale-number';
import { useErrorText } from '../../ui/use-error-text';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';

function schemaFor(today: string, options: GoalFormOptions) {
  return z.extend(goalFormSchema(today, options), { sectionId: z.enum(SECTION_IDS) });
}
type FormValues = z.input<ReturnType<typeof schemaFor>>;
export type GoalFormResult = GoalDraft & { sectionId: SectionId };

type Props = {
  /** Makes field ids unique when several forms could be on one page. */
  idPrefix: string;
  /** Today as YYYY-MM-DD: due dates before it are rejected. */
  today: string;
  sectionId: SectionId;
  /** When true the section is fixed (a goal from an advice item); otherwise it can be chosen. */
  sectionFixed: boolean;
  defaultWhat?: string;
  /** Prefilled for a new goal, so nothing needs typing: the respondent, and a date ahead. */
  defaultOwner?: string;
  defaultDueDate?: string;
  /** A saved goal to edit: the form is prefilled and keeps the goal's status. */
  initial?: {
    what: string;
    targetValue: number;
    targetUnit: string;
    owner: string;
    dueDate: string;
    status: GoalStatus;
  };
  title: string;
  /** The form's heading level, to fit the page's outline. */
  headingLevel?: 3 | 4;
  onSave: (goal: GoalFormResult) => Promise<void>;
  onCancel: () => void;
};

export function GoalForm({
  idPrefix,
  today,
  sectionId,
  sectionFixed,
  defaultWhat = '',
  defaultOwner = '',
  defaultDueDate = '',
  initial,
  title,
  headingLevel = 4,
  onSave,
  onCancel,
}: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { t, i18n } = useTranslation(['plan', 'instrument']);
  const errorText = useErrorText();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [saveError, setSaveError] = useState<string | null>(null);
  const editing = initial !== undefined;
  const {
    register,
    handleSubmit,
    setFocus,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, GoalFormResult>({
    resolver: zodResolver(schemaFor(today, { language, currentDueDate: initial?.dueDate })),
    defaultValues: initial
      ? {
          ...initial,
          targetValue: formatNumberForInput(initial.targetValue, language),
          sectionId,
        }
      : {
          what: defaultWhat,
          targetValue: '',
          targetUnit: '',
          owner: defaultOwner,
          dueDate: defaultDueDate,
          status: 'planned',
          sectionId,
        },
    shouldFocusError: true,
  });

  // The form opens in place of the button that asked for it: move focus into it.
  useEffect(() => {
    setFocus('what');
  }, [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onSave(values);
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      // The repository repeats the form's rules (e.g. the due date); say those in words.
      setSaveError(
        isGoalFormError(reason)
          ? t(`form.errors.${reason}`)
          : t('saveFailed', { reason: errorText(error) }),
      );
    }
  });

  const id = (field: string) => `${idPrefix}-${field}`;
  const message = (error: FieldError | undefined) =>
    error && isGoalFormError(error.message) ? t(`form.errors.${error.message}`) : undefined;
  /** aria props for a field: invalid state, and hint + error as its description. */
  const describe = (field: keyof FormValues, hint?: boolean) => {
    const error = errors[field];
    const describedBy = [hint ? id(`${field}-hint`) : null, error ? id(`${field}-error`) : null]
      .filter(Boolean)
      .join(' ');
    return {
      id: id(field),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    } as const;
  };
  const fieldError = (field: keyof FormValues) =>
    errors[field] ? (
      <p className="field__error" id={id(`${field}-error`)}>
        {message(errors[field])}
      </p>
    ) : null;

  return (
    <form className="card goal-form" onSubmit={onSubmit} noValidate aria-labelledby={id('title')}>
      <Heading id={id('title')} className="goal-form__title">
        {title}
      </Heading>
      <div className="field">
        <label htmlFor={id('what')}>{t('form.what')}</label>
        <textarea rows={2} {...describe('what')} {...register('what')} />
        {fieldError('what')}
      </div>
      {!sectionFixed && (
        <div className="field">
          <label htmlFor={id('sectionId')}>{t('form.section')}</label>
          <select {...describe('sectionId')} {...register('sectionId')}>
            {SECTION_IDS.map((section) => (
              <option key={section} value={section}>
                {t(`instrument:sections.${section}.name`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="goal-form__target">
        <legend>{t('form.targetLegend')}</legend>
        <p className="field__hint" id={id('targetValue-hint')}>
          {t('form.targetHint')}
        </p>
        <div className="goal-form__target-fields">
          <div className="field goal-form__number">
            <label htmlFor={id('targetValue')}>{t('form.targetValue')}</label>
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              {...describe('targetValue', true)}
              {...register('targetValue')}
            />
            {fieldError('targetValue')}
          </div>
          <div className="field goal-form__unit">
            <label htmlFor={id('targetUnit')}>{t('form.targetUnit')}</label>
            <input type="text" {...describe('targetUnit')} {...register('targetUnit')} />
            {fieldError('targetUnit')}
          </div>
        </div>
      </fieldset>
      <div className="goal-form__row">
        <div className="field">
          <label htmlFor={id('owner')}>{t('form.owner')}</label>
          <p className="field__hint" id={id('owner-hint')}>
            {t('form.ownerHint')}
          </p>
          <input
            type="text"
            autoComplete="name"
            {...describe('owner', true)}
            {...register('owner')}
          />
          {fieldError('owner')}
        </div>
        <div className="field">
          <Controller
            control={control}
            name="dueDate"
            render={({ field }) => (
              <DateField
                id={id('dueDate')}
                legend={t('form.dueDate')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                min={initial && initial.dueDate < today ? initial.dueDate : today}
                invalid={errors.dueDate !== undefined}
                describedBy={errors.dueDate ? id('dueDate-error') : undefined}
              />
            )}
          />
          {fieldError('dueDate')}
        </div>
        {!editing && (
          <div className="field">
            <label htmlFor={id('status')}>{t('form.status')}</label>
            <select {...describe('status')} {...register('status')}>
              {GOAL_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {saveError && (
        <p className="field__error" role="alert">
          {t('saveFailed', { reason: saveError })}
        </p>
      )}
      <FormActions
        submitLabel={editing ? t('form.saveChanges') : t('form.save')}
        cancelLabel={t('form.cancel')}
        onCancel={onCancel}
        submitting={isSubmitting}
      />
    </form>
  );
}
