import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createAssessment } from '../../db/assessments';
import {
  MAX_NAME_LENGTH,
  newAssessmentSchema,
  type NewAssessmentInput,
} from '../../domain/assessment';
import { currentLanguage } from '../../i18n/i18n';

const FIELDS = ['businessName', 'respondent', 'context'] as const;
/** Shown only when the audit is for a course. */
const COURSE_FIELDS = ['instructor', 'studentId'] as const;
type Field = (typeof FIELDS)[number] | (typeof COURSE_FIELDS)[number];

export function NewAssessmentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [forCourse, setForCourse] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<NewAssessmentInput>({
    resolver: zodResolver(newAssessmentSchema),
    defaultValues: { businessName: '', respondent: '', context: '', instructor: '', studentId: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      // Course fields typed and then hidden again are not kept.
      const input = forCourse ? values : { ...values, instructor: '', studentId: '' };
      const id = await createAssessment(input, currentLanguage());
      await navigate(`/a/${id}/survey/1`);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
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
            {t('home.tooLong', { max: MAX_NAME_LENGTH })}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="card new-assessment" onSubmit={onSubmit} noValidate>
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
