// The staff card step: the card as it will print, and what the owner adds to it (what
// staff may do without asking, whom to call beyond that). "Print" prints only the card.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { saveStaffCard } from '../../db/policies';
import { staffCardSchema, type Policy, type StaffCard as StaffCardData } from '../../domain/policy';
import { StaffCard } from './staff-card';
import { useUnsavedPrompt } from './use-unsaved-prompt';
import { SaveFeedback } from './save-feedback';
import { useSaveAction } from './use-save-action';

export function StaffStep({ policy }: { policy: Policy }) {
  const { t } = useTranslation('policy');
  const save = useSaveAction();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<StaffCardData>({
    resolver: zodResolver(staffCardSchema),
    defaultValues: policy.content.staffCard,
  });
  useUnsavedPrompt(isDirty, t('unsavedChanges'));

  const onSubmit = handleSubmit(async (values) => {
    const trimmed = { allowance: values.allowance.trim(), escalateTo: values.escalateTo.trim() };
    await save.run(async () => {
      await saveStaffCard(policy.id, trimmed);
      reset(trimmed);
    }, t('staff.saved'));
  });

  return (
    <div className="policy-step staff-step">
      <p className="staff-step__intro">{t('staff.intro')}</p>
      <div className="staff-step__layout">
        <div className="staff-step__card">
          <StaffCard
            id="staff-card-title"
            businessName={policy.businessName}
            card={policy.content.staffCard}
          />
          <p className="staff-step__print">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('staff.print')}
            </button>
          </p>
        </div>
        <form className="card staff-step__form" onSubmit={onSubmit} noValidate>
          {(['allowance', 'escalateTo'] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`staff-${name}`}>{t(`staff.${name}`)}</label>
              <p className="field__hint" id={`staff-${name}-hint`}>
                {t(`staff.${name}Hint`)}
              </p>
              <textarea
                id={`staff-${name}`}
                rows={2}
                dir="auto"
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={`staff-${name}-hint${errors[name] ? ` staff-${name}-error` : ''}`}
                {...register(name)}
              />
              {errors[name] && (
                <p className="field__error" id={`staff-${name}-error`}>
                  {t('tooLong', { max: 300 })}
                </p>
              )}
            </div>
          ))}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {t('staff.save')}
            </button>
          </div>
          <SaveFeedback error={save.error} status={save.status} stale={isDirty} />
        </form>
      </div>
    </div>
  );
}
