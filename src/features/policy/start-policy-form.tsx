// Start or open the policy of a business. A business is its name and its context
// together (domain/business.ts): the owner picks one of the businesses they have audited,
// so the policy finds those audits, or names another one. `initial` prefills the form
// (links from the action plan).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { useAssessments } from '../../db/assessments';
import { businessKey, type BusinessFields } from '../../domain/business';
import { businessesWithResults } from '../../domain/compare';
import { MAX_BUSINESS_NAME } from '../../domain/policy';
import { useFormat } from '../../ui/use-format';
import { isolate, useSeparator } from '../../ui/user-text';

const ANOTHER = 'another';

const startSchema = z
  .object({
    choice: z.string(),
    businessName: z
      .string()
      .check(z.trim(), z.maxLength(MAX_BUSINESS_NAME, { error: 'nameTooLong' })),
    context: z.string().check(z.trim(), z.maxLength(MAX_BUSINESS_NAME, { error: 'nameTooLong' })),
  })
  .check(
    z.superRefine((values, context) => {
      if (values.choice === ANOTHER && values.businessName === '')
        context.addIssue({ code: 'custom', path: ['businessName'], message: 'nameMissing' });
    }),
  );
type StartValues = z.infer<typeof startSchema>;

type Props = {
  initial: BusinessFields;
  onOpen: (business: BusinessFields) => Promise<void>;
};

export function StartPolicyForm({ initial, onOpen }: Props) {
  const format = useFormat();
  const separator = useSeparator();
  const assessments = useAssessments();
  const audited = useMemo(() => businessesWithResults(assessments ?? []), [assessments]);
  if (assessments === undefined) return null;
  const initialKey = businessKey(initial);
  const preselected =
    initial.businessName.trim() === ''
      ? audited[0]
        ? businessKey(audited[0])
        : null
      : audited.some((business) => businessKey(business) === initialKey)
        ? initialKey
        : null;
  return (
    <StartForm
      audited={audited}
      defaults={{
        choice: preselected ?? ANOTHER,
        businessName: preselected ? '' : initial.businessName,
        context: preselected ? '' : initial.context,
      }}
      label={(business) =>
        [business.businessName, business.context].filter(Boolean).map(isolate).join(separator)
      }
      maxText={format.integer(MAX_BUSINESS_NAME)}
      onOpen={onOpen}
    />
  );
}

function StartForm({
  audited,
  defaults,
  label,
  maxText,
  onOpen,
}: {
  audited: BusinessFields[];
  defaults: StartValues;
  label: (business: BusinessFields) => string;
  maxText: string;
  onOpen: (business: BusinessFields) => Promise<void>;
}) {
  const { t } = useTranslation('policy');
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<StartValues>({ resolver: zodResolver(startSchema), defaultValues: defaults });
  const choice = useWatch({ control, name: 'choice' });
  const another = audited.length === 0 || choice === ANOTHER;

  const onSubmit = handleSubmit(async (values) => {
    const chosen = audited.find((business) => businessKey(business) === values.choice);
    await onOpen(
      another || !chosen ? { businessName: values.businessName, context: values.context } : chosen,
    );
  });

  const errorText = (name: 'businessName' | 'context') => {
    const code = errors[name]?.message;
    if (!code) return null;
    return (
      <p className="field__error" id={`policy-${name}-error`}>
        {code === 'nameTooLong' ? t('start.nameTooLong', { max: maxText }) : t('start.nameMissing')}
      </p>
    );
  };
  const describedBy = (name: 'businessName' | 'context') =>
    [`policy-${name}-hint`, errors[name] ? `policy-${name}-error` : ''].filter(Boolean).join(' ');

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="policy-start-title">
      <h2 id="policy-start-title">{t('start.title')}</h2>
      <p className="field__hint">{t('start.intro')}</p>
      {audited.length > 0 && (
        <div className="field">
          <label htmlFor="policy-choice">{t('start.audited')}</label>
          <select id="policy-choice" {...register('choice')}>
            {audited.map((business) => {
              const key = businessKey(business)!;
              return (
                <option key={key} value={key}>
                  {label(business)}
                </option>
              );
            })}
            <option value={ANOTHER}>{t('start.another')}</option>
          </select>
        </div>
      )}
      {another && (
        <>
          <div className="field">
            <label htmlFor="policy-businessName">{t('start.business')}</label>
            <p className="field__hint" id="policy-businessName-hint">
              {t('start.businessHint')}
            </p>
            <input
              id="policy-businessName"
              type="text"
              dir="auto"
              autoComplete="organization"
              aria-invalid={errors.businessName ? true : undefined}
              aria-describedby={describedBy('businessName')}
              {...register('businessName')}
            />
            {errorText('businessName')}
          </div>
          <div className="field">
            <label htmlFor="policy-context">{t('start.context')}</label>
            <p className="field__hint" id="policy-context-hint">
              {t('start.contextHint')}
            </p>
            <input
              id="policy-context"
              type="text"
              dir="auto"
              aria-invalid={errors.context ? true : undefined}
              aria-describedby={describedBy('context')}
              {...register('context')}
            />
            {errorText('context')}
          </div>
        </>
      )}
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {t('start.submit')}
      </button>
    </form>
  );
}
