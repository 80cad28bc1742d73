// Writing or changing one service standard: the sentence with its four live checks, the
// audit section it serves, the customers' experience behind it, an optional review date,
// the three things staff need to know (seed 004: why chosen, what it aims at, how to
// apply it) and an optional PEPI note. Saving is refused, with the reason on the field,
// until all four checks pass; numbers are read in the language they are typed in.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, type SectionId } from '../../domain/instrument';
import {
  MAX_PEPI_NOTE,
  MAX_STANDARD_NOTE,
  MAX_STANDARD_TEXT,
  PEPI_FIELDS,
  isStandardFormError,
  standardFormSchema,
  type StandardDraft,
  type StandardFormValues,
} from '../../domain/policy';
import { checkStandard } from '../../domain/service-standard';
import { DateField } from '../../ui/date-field';
import { useFormat } from '../../ui/use-format';
import { StandardChecks } from './standard-checks';
import { useSaveAction } from './use-save-action';
import { useUnsavedPrompt } from './use-unsaved-prompt';
import { FormActions } from '../../ui/form-actions';

type Props = {
  idPrefix: string;
  title: string;
  initial: StandardFormValues;
  /** When editing a saved standard: the button says "Save changes". */
  editing?: boolean;
  /** Section averages of the latest audit, to quote as evidence; absent without an audit. */
  auditAverages?: Partial<Record<SectionId, number>>;
  /**
   * Other evidence the owner may quote (the complaint figures, the top three problems),
   * each a button that adds its sentence to "Based on"; empty without a complaint log.
   */
  findings?: readonly EvidenceFinding[];
  onSave: (draft: StandardDraft) => Promise<void>;
  onCancel: () => void;
};

export type EvidenceFinding = { id: string; label: string; text: string };

const NOTE_FIELDS = ['why', 'aim', 'howToApply'] as const;

export function StandardEditor({
  idPrefix,
  title,
  initial,
  editing = false,
  auditAverages,
  findings = [],
  onSave,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation(['policy', 'instrument']);
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [saveError, setSaveError] = useState<string | null>(null);
  const { reasonOf } = useSaveAction();
  const schema = useMemo(() => standardFormSchema(language), [language]);
  const {
    register,
    handleSubmit,
    control,
    setFocus,
    getValues,
    setValue,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<StandardFormValues, unknown, StandardDraft>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  useUnsavedPrompt(isDirty && !isSubmitting, t('unsavedChanges'));
  const [text, evidence, reviewDate, sectionId] = useWatch({
    control,
    name: ['text', 'evidence', 'reviewDate', 'sectionId'],
  });
  const check = checkStandard({ text, evidence, reviewDate }, language);

  // The editor opens in place of the button that asked for it: move focus into it.
  useEffect(() => {
    setFocus('text');
  }, [setFocus]);

  const id = (field: string) => `${idPrefix}-${field}`;
  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      await onSave(values);
    } catch (reason) {
      setSaveError(reasonOf(reason));
    }
  });

  const message = (error: FieldError | undefined, max: number) => {
    if (!error) return null;
    const code = isStandardFormError(error.message) ? error.message : 'noteTooLong';
    return t(`standards.errors.${code}`, { max: format.integer(max) });
  };
  const errorOf = (name: string): FieldError | undefined => {
    if (name.startsWith('pepi.')) {
      const key = name.slice(5) as (typeof PEPI_FIELDS)[number];
      return errors.pepi?.[key];
    }
    return errors[name as keyof typeof errors] as FieldError | undefined;
  };
  const describe = (name: string, extra: string[] = []) => {
    const error = errorOf(name);
    const ids = [...extra, error ? id(`${name}-error`) : ''].filter(Boolean);
    return {
      id: id(name),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': ids.join(' ') || undefined,
    } as const;
  };
  const errorText = (name: string, max: number) => {
    const error = errorOf(name);
    return error ? (
      <p className="field__error" id={id(`${name}-error`)}>
        {message(error, max)}
      </p>
    ) : null;
  };

  const quotedSection = sectionId ? (sectionId as SectionId) : undefined;
  const average = quotedSection ? auditAverages?.[quotedSection] : undefined;
  const addFinding = (finding: string) => {
    const current = getValues('evidence').trim();
    if (current.includes(finding)) return;
    setValue('evidence', current ? `${current}\n${finding}` : finding, {
      shouldDirty: true,
      shouldValidate: Boolean(errors.evidence),
    });
  };

  return (
    <form
      className="card standard-editor"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={id('title')}
    >
      <h3 id={id('title')}>{title}</h3>
      <div className="field">
        <label htmlFor={id('text')}>{t('standards.fields.text')}</label>
        <p className="field__hint" id={id('text-hint')}>
          {t('standards.fields.textHint')}
        </p>
        <textarea
          rows={2}
          dir="auto"
          {...describe('text', [id('text-hint'), id('checks')])}
          {...register('text')}
        />
        {errorText('text', MAX_STANDARD_TEXT)}
      </div>
      <div className="standard-editor__checks">
        <h4 className="visually-hidden">{t('standards.checksTitle')}</h4>
        <StandardChecks check={check} id={id('checks')} />
      </div>

      <div className="field">
        <label htmlFor={id('sectionId')}>{t('standards.fields.section')}</label>
        <select {...describe('sectionId')} {...register('sectionId')}>
          <option value="">{t('standards.fields.sectionNone')}</option>
          {SECTION_IDS.map((section) => (
            <option key={section} value={section}>
              {t(`instrument:sections.${section}.name`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={id('evidence')}>{t('standards.fields.evidence')}</label>
        <p className="field__hint" id={id('evidence-hint')}>
          {t('standards.fields.evidenceHint')}
        </p>
        <textarea
          rows={3}
          dir="auto"
          {...describe('evidence', [id('evidence-hint')])}
          {...register('evidence')}
        />
        {errorText('evidence', MAX_STANDARD_NOTE)}
        {(average !== undefined || findings.length > 0) && (
          <div className="standard-editor__findings">
            {quotedSection && average !== undefined && (
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  addFinding(
                    t('standards.fields.auditFinding', {
                      section: t(`instrument:sections.${quotedSection}.name`),
                      average: format.score(average),
                    }),
                  )
                }
              >
                {t('standards.fields.useAudit')}
              </button>
            )}
            {findings.map((finding) => (
              <button
                key={finding.id}
                type="button"
                className="button button--small"
                onClick={() => addFinding(finding.text)}
              >
                {finding.label}
              </button>
            ))}
          </div>
        )}
      </div>

      <Controller
        control={control}
        name="reviewDate"
        render={({ field }) => (
          <div className="standard-editor__review">
            <DateField
              id={id('reviewDate')}
              legend={t('standards.fields.reviewDate')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              required={false}
              invalid={Boolean(errors.reviewDate)}
              describedBy={[id('reviewDate-hint'), errors.reviewDate ? id('reviewDate-error') : '']
                .filter(Boolean)
                .join(' ')}
            />
            <p className="field__hint" id={id('reviewDate-hint')}>
              {t('standards.fields.reviewDateHint')}
            </p>
            {errorText('reviewDate', 0)}
          </div>
        )}
      />

      <fieldset className="standard-editor__staff">
        <legend>{t('standards.fields.forStaff')}</legend>
        <p className="field__hint">{t('standards.fields.forStaffHint')}</p>
        {NOTE_FIELDS.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={id(name)}>{t(`standards.fields.${name}`)}</label>
            <textarea rows={2} dir="auto" {...describe(name)} {...register(name)} />
            {errorText(name, MAX_STANDARD_NOTE)}
          </div>
        ))}
      </fieldset>

      <details
        className="standard-editor__pepi"
        open={PEPI_FIELDS.some((key) => initial.pepi[key])}
      >
        <summary>{t('standards.fields.pepi')}</summary>
        <p className="field__hint">{t('standards.fields.pepiHint')}</p>
        {PEPI_FIELDS.map((key) => (
          <div className="field" key={key}>
            <label htmlFor={id(`pepi.${key}`)}>{t(`standards.fields.pepiFields.${key}`)}</label>
            <textarea
              rows={2}
              dir="auto"
              {...describe(`pepi.${key}`)}
              {...register(`pepi.${key}`)}
            />
            {errorText(`pepi.${key}`, MAX_PEPI_NOTE)}
          </div>
        ))}
      </details>

      {saveError && (
        <p className="field__error" role="alert">
          {saveError}
        </p>
      )}
      <FormActions
        submitLabel={editing ? t('standards.saveChanges') : t('standards.save')}
        cancelLabel={t('standards.cancel')}
        onCancel={onCancel}
        submitting={isSubmitting}
      />
    </form>
  );
}
