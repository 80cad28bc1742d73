// One complaint: quick entry (what it was about, the channel, the category: enough to
// save), where it stands (fixed on the spot, promised by a date, passed on), the service
// recovery guide to tick while talking with the customer, and every other field of the
// log under "More details". The same form edits a saved complaint. Messages are inline,
// tied to their field, and the first invalid field gets focus.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  OUTCOMES,
  SATISFACTION_ANSWERS,
  complaintFormSchema,
  complaintFormValues,
  isComplaintFormError,
  type ComplaintFormValues,
} from '../../domain/complaint-form';
import {
  BUILTIN_CATEGORIES,
  COMPLAINT_CHANNELS,
  type Complaint,
  type ComplaintFields,
} from '../../domain/complaints';
import { RecoveryGuide } from './recovery-guide';
import { useErrorText } from '../../ui/use-error-text';

const NEW_CATEGORY = '\u0000new';
/** Fields inside "More details", which is opened when one of them needs attention. */
const MORE_FIELDS = [
  'customerName',
  'customerContact',
  'receivedAt',
  'receivedBy',
  'solution',
  'actionTaken',
  'compensation',
  'followUpDate',
  'followUpHow',
  'prevention',
] as const;
const OWN = 'own:';

type Props = {
  /** A saved complaint to edit; without it the form logs a new one. */
  initial?: Complaint;
  /** The owner's own categories, offered next to the built-in ones. */
  ownCategories: readonly string[];
  onSave: (fields: ComplaintFields) => Promise<void>;
  onCancel?: () => void;
};

export function ComplaintForm({ initial, ownCategories, onSave, onCancel }: Props) {
  const { t } = useTranslation('complaints');
  const reasonOf = useErrorText();
  const id = useId();
  const editing = initial !== undefined;
  const form = useRef<HTMLFormElement>(null);
  const [openedAt] = useState(() => Date.now());
  const [moreOpen, setMoreOpen] = useState(editing);
  const [addingCategory, setAddingCategory] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    watch,
    reset,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<ComplaintFormValues, unknown, ComplaintFields>({
    // Checked against the time of saving: a form left open for an hour still takes "now".
    resolver: (values, context, options) =>
      zodResolver(complaintFormSchema(Date.now()))(values, context, options),
    defaultValues: complaintFormValues(openedAt, initial),
    // Focus is moved below, in page order: the category list and the fields under
    // "More details" are not all known to the form library.
    shouldFocusError: false,
  });

  const category = watch('category');
  const customCategory = watch('customCategory');
  const outcome = watch('outcome');
  const escalated = watch('escalated');
  const steps = watch('recoverySteps');

  const ownMatch = ownCategories.find(
    (name) => name.trim().toLocaleLowerCase() === customCategory.trim().toLocaleLowerCase(),
  );
  const categoryChoice =
    category === 'custom'
      ? addingCategory || !ownMatch
        ? NEW_CATEGORY
        : `${OWN}${ownMatch}`
      : (category as string);

  const chooseCategory = (value: string) => {
    const validate = { shouldValidate: isSubmitted, shouldDirty: true };
    if (value === NEW_CATEGORY) {
      setAddingCategory(true);
      setValue('category', 'custom', validate);
      setValue('customCategory', '', validate);
    } else if (value.startsWith(OWN)) {
      setAddingCategory(false);
      setValue('category', 'custom', validate);
      setValue('customCategory', value.slice(OWN.length), validate);
    } else {
      setAddingCategory(false);
      setValue('category', value as ComplaintFormValues['category'], validate);
      setValue('customCategory', '', validate);
    }
  };

  const focusFirstError = (invalid: Partial<Record<keyof ComplaintFormValues, unknown>>) => {
    if (MORE_FIELDS.some((field) => field in invalid)) setMoreOpen(true);
    requestAnimationFrame(() => {
      const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      const target = first?.tagName === 'FIELDSET' ? first.querySelector('input') : first;
      target?.focus();
    });
  };

  const onSubmit = handleSubmit(async (fields) => {
    setSaveError(null);
    try {
      await onSave(fields);
      if (!editing) {
        reset(complaintFormValues(Date.now()));
        setAddingCategory(false);
        setMoreOpen(false);
      }
    } catch (error) {
      setSaveError(t('form.saveFailed', { reason: reasonOf(error) }));
    }
  }, focusFirstError);

  const fieldId = (field: string) => `${id}-${field}`;
  const message = (error: FieldError | undefined) =>
    error && isComplaintFormError(error.message) ? t(`form.errors.${error.message}`) : undefined;
  const describe = (field: keyof ComplaintFormValues, hint?: boolean) => {
    const error = errors[field] as FieldError | undefined;
    const describedBy = [
      hint ? fieldId(`${field}-hint`) : null,
      error ? fieldId(`${field}-error`) : null,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      id: fieldId(field),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    } as const;
  };
  const errorText = (field: keyof ComplaintFormValues) => {
    const error = errors[field] as FieldError | undefined;
    return error ? (
      <p className="field__error" id={fieldId(`${field}-error`)}>
        {message(error)}
      </p>
    ) : null;
  };
  const optional = <span className="field__optional">({t('form.optional')})</span>;
  const text = (
    field: keyof ComplaintFormValues,
    label: string,
    options: { type?: 'text' | 'date' | 'email'; multiline?: boolean; autoComplete?: string } = {},
  ) => (
    <div className="field">
      <label htmlFor={fieldId(field)}>
        {label} {optional}
      </label>
      {options.multiline ? (
        <textarea rows={2} dir="auto" {...describe(field)} {...register(field)} />
      ) : (
        <input
          type={options.type ?? 'text'}
          dir={options.type === 'date' ? undefined : 'auto'}
          autoComplete={options.autoComplete ?? 'off'}
          {...describe(field)}
          {...register(field)}
        />
      )}
      {errorText(field)}
    </div>
  );

  const channelError = errors.channel as FieldError | undefined;
  const outcomeName = register('outcome');
  const channelName = register('channel');

  return (
    <form
      ref={form}
      className={`complaint-form${editing ? ' complaint-form--edit' : ' card'}`}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={editing ? undefined : fieldId('title')}
    >
      {!editing && (
        <>
          <h2 id={fieldId('title')}>{t('form.title')}</h2>
          <p className="field__hint">{t('form.quickHint')}</p>
        </>
      )}

      <div className="field">
        <label htmlFor={fieldId('summary')}>{t('form.summary')}</label>
        <p className="field__hint" id={fieldId('summary-hint')}>
          {t('form.summaryHint')}
        </p>
        <textarea rows={3} dir="auto" {...describe('summary', true)} {...register('summary')} />
        {errorText('summary')}
      </div>

      <fieldset
        className="field choice-group"
        role="radiogroup"
        aria-describedby={channelError ? fieldId('channel-error') : undefined}
        aria-invalid={channelError ? true : undefined}
      >
        <legend>{t('form.channel')}</legend>
        <div className="choice-group__options">
          {COMPLAINT_CHANNELS.map((channel) => (
            <label key={channel} className="choice">
              <input type="radio" value={channel} {...channelName} />
              <span>{t(`channels.${channel}`)}</span>
            </label>
          ))}
        </div>
        {errorText('channel')}
      </fieldset>

      <div className="field">
        <label htmlFor={fieldId('category')}>{t('form.category')}</label>
        <select
          id={fieldId('category')}
          value={categoryChoice ?? ''}
          aria-invalid={errors.category ? true : undefined}
          aria-describedby={errors.category ? fieldId('category-error') : undefined}
          onChange={(event) => chooseCategory(event.target.value)}
        >
          <option value="">{t('form.chooseCategory')}</option>
          {BUILTIN_CATEGORIES.map((builtin) => (
            <option key={builtin} value={builtin}>
              {t(`categories.${builtin}`)}
            </option>
          ))}
          {ownCategories.length > 0 && (
            <optgroup label={t('form.ownCategories')}>
              {ownCategories.map((name) => (
                <option key={name} value={`${OWN}${name}`}>
                  {name}
                </option>
              ))}
            </optgroup>
          )}
          <option value={NEW_CATEGORY}>{t('form.newCategory')}</option>
        </select>
        {errorText('category')}
      </div>
      {category === 'custom' && categoryChoice === NEW_CATEGORY && (
        <div className="field">
          <label htmlFor={fieldId('customCategory')}>{t('form.customCategory')}</label>
          <input
            type="text"
            dir="auto"
            autoComplete="off"
            {...describe('customCategory')}
            {...register('customCategory')}
          />
          {errorText('customCategory')}
        </div>
      )}

      <fieldset className="field choice-group">
        <legend>{t('form.outcome')}</legend>
        <div className="choice-group__options choice-group__options--stacked">
          {OUTCOMES.map((value) => (
            <label key={value} className="choice">
              <input type="radio" value={value} {...outcomeName} />
              <span>{t(`form.outcomes.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {outcome === 'promised' && (
        <div className="field">
          <label htmlFor={fieldId('promisedDate')}>{t('form.promisedDate')}</label>
          <input type="date" {...describe('promisedDate')} {...register('promisedDate')} />
          {errorText('promisedDate')}
        </div>
      )}
      <div className="field field--check">
        <input type="checkbox" id={fieldId('escalated')} {...register('escalated')} />
        <label htmlFor={fieldId('escalated')}>{t('form.escalated')}</label>
      </div>
      {escalated && text('escalatedTo', t('form.escalatedTo'), { autoComplete: 'name' })}

      {!editing && (
        <RecoveryGuide
          headingLevel={3}
          checked={steps}
          onToggle={(step, done) =>
            setValue(
              'recoverySteps',
              done ? [...steps.filter((s) => s !== step), step] : steps.filter((s) => s !== step),
              { shouldDirty: true },
            )
          }
        />
      )}

      <details
        className="complaint-form__more"
        open={moreOpen}
        onToggle={(event) => setMoreOpen(event.currentTarget.open)}
      >
        <summary>{t('form.more')}</summary>
        {!editing && <p className="field__hint">{t('form.moreHint')}</p>}
        <fieldset className="complaint-form__group">
          <legend>{t('form.customer')}</legend>
          <p className="field__hint complaint-form__personal">{t('form.personalData')}</p>
          {text('customerName', t('form.customerName'), { autoComplete: 'off' })}
          {text('customerContact', t('form.customerContact'), { autoComplete: 'off' })}
        </fieldset>
        <div className="field">
          <label htmlFor={fieldId('receivedAt')}>{t('form.receivedAt')}</label>
          <input type="datetime-local" {...describe('receivedAt')} {...register('receivedAt')} />
          {errorText('receivedAt')}
        </div>
        {text('receivedBy', t('form.receivedBy'), { autoComplete: 'name' })}
        {text('solution', t('form.solution'), { multiline: true })}
        {text('actionTaken', t('form.actionTaken'), { multiline: true })}
        {text('compensation', t('form.compensation'))}
        <fieldset className="complaint-form__group">
          <legend>{t('form.followUp')}</legend>
          {text('followUpDate', t('form.followUpDate'), { type: 'date' })}
          {text('followUpHow', t('form.followUpHow'))}
          <div className="field">
            <label htmlFor={fieldId('customerSatisfied')}>
              {t('form.customerSatisfied')} {optional}
            </label>
            <select {...describe('customerSatisfied')} {...register('customerSatisfied')}>
              {SATISFACTION_ANSWERS.map((answer) => (
                <option key={answer} value={answer}>
                  {t(`form.satisfied.${answer}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        {text('prevention', t('form.prevention'), { multiline: true })}
      </details>

      {saveError && (
        <p className="notice notice--error" role="alert">
          {saveError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {editing ? t('form.saveChanges') : t('form.save')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
