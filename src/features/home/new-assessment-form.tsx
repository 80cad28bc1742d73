import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NewAssessmentInput } from '../../domain/assessment';
import { currentLanguage } from '../../i18n/i18n';
import { useErrorText } from '../../ui/use-error-text';

const FIELDS = ['businessName', 'respondent', 'context'] as const;
/** Shown only when the audit is for a course. */
const COURSE_FIELDS = ['instructor', 'studentId'] as const;
type Field = (typeof FIELDS)[number] | (typeof COURSE_FIELDS)[number];

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
  const errorText = useErrorText();
  const [saveError, setSaveError] = useState<unknown>(null);
  const [forCourse, setForCourse] = useState(false);
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
    defaultValues: { businessName: '', respondent: '', context: '', instructor: '', studentId: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      // Course fields typed and then hidden again are not kept.
      const input = forCourse ? values : { ...values, instructor: '', studentId: '' };
      const { createAssessment } = await loadStorage();
      const id = await createAssessment(input, currentLanguage());
      await navigate(`/a/${id}/survey/1`);
    } catch (error) {
      setSaveError(error ?? new Error('unknown'));
    }
  });

  const labels: Record<Field, string> = {
    businessName: t('home.businessName'),
    respondent: t('home.respondent'),
    context: t('home.context'),
    instructor: t('home.instructor'),
    studentId: t('home.studentId'),
  };

  const renderField = (field: Field) => {
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
  };

  return (
    <form className="card new-assessment" onSubmit={onSubmit} onFocus={prepare} noValidate>
      <h2>{t('home.newTitle')}</h2>
      {FIELDS.map(renderField)}
      <div className="field field--check">
        <input
          id="forCourse"
          type="checkbox"
          checked={forCourse}
          onChange={(event) => setForCourse(event.target.checked)}
        />
        <label htmlFor="forCourse">{t('home.forCourse')}</label>
      </div>
      {forCourse && COURSE_FIELDS.map(renderField)}
      {saveError !== null && (
        <p className="field__error" role="alert">
          {t('errors.saveFailed', { reason: errorText(saveError) })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {t('home.start')}
      </button>
    </form>
  );
}
