import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NewAssessmentInput } from '../../domain/assessment';
import { currentLanguage } from '../../i18n/i18n';

const FIELDS = ['businessName', 'respondent', 'context'] as const;

// Validation (zod) and storage (Dexie) load when the form is first used, not with Home:
// focusing a field starts loading them, so they are there by the time it is sent.
type Validation = typeof import('./new-assessment-validation');
let validation: Promise<Validation> | undefined;
const loadValidation = () => (validation ??= import('./new-assessment-validation'));
const loadStorage = () => import('../../db/assessments');
const prepare = () => {
  void loadValidation();
  void loadStorage();
};

export function NewAssessmentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saveError, setSaveError] = useState<string | null>(null);
  // Known once validation has loaded, which it has whenever there is an error to show.
  const [maxLength, setMaxLength] = useState<number>();
  const resolver: Resolver<NewAssessmentInput> = async (values, context, options) => {
    const loaded = await loadValidation();
    setMaxLength(loaded.MAX_NAME_LENGTH);
    return loaded.resolver(values, context, options);
  };
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<NewAssessmentInput>({
    resolver,
    defaultValues: { businessName: '', respondent: '', context: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const { createAssessment } = await loadStorage();
      const id = await createAssessment(values, currentLanguage());
      await navigate(`/a/${id}/survey/1`);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });

  const labels = {
    businessName: t('home.businessName'),
    respondent: t('home.respondent'),
    context: t('home.context'),
  };

  return (
    <form className="card new-assessment" onSubmit={onSubmit} onFocus={prepare} noValidate>
      <h2>{t('home.newTitle')}</h2>
      {FIELDS.map((field) => {
        const error = errors[field];
        const hintId = field === 'context' ? `${field}-hint` : undefined;
        const errorId = error ? `${field}-error` : undefined;
        return (
          <div className="field" key={field}>
            <label htmlFor={field}>
              {labels[field]} <span className="field__optional">({t('home.optional')})</span>
            </label>
            {hintId && (
              <p className="field__hint" id={hintId}>
                {t('home.contextHint')}
              </p>
            )}
            <input
              id={field}
              type="text"
              autoComplete={
                field === 'respondent' ? 'name' : field === 'businessName' ? 'organization' : 'off'
              }
              aria-invalid={error ? true : undefined}
              aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
              {...register(field)}
            />
            {error && (
              <p className="field__error" id={errorId}>
                {t('home.tooLong', { max: maxLength })}
              </p>
            )}
          </div>
        );
      })}
      {saveError && (
        <p className="field__error" role="alert">
          {t('errors.saveFailed', { reason: saveError })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {t('home.start')}
      </button>
    </form>
  );
}
