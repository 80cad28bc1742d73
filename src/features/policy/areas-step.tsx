// The seven policy areas of seed 003 (product overview, speed, communication, follow-up,
// complaints, keeping customers, staff monitoring and recognition), each with its
// guiding questions and the owner's answer; the areas the audit's weakest sections
// point to come first. Below them, the house rules customers meet, to review.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { saveAreas } from '../../db/policies';
import {
  AREA_QUESTION_COUNT,
  MAX_AREA_ANSWER,
  POLICY_AREA_IDS,
  areasForSections,
  type Policy,
  type PolicyAreaId,
} from '../../domain/policy';
import { areasByEvidence } from '../../domain/policy-evidence';
import { useFormat } from '../../ui/use-format';
import { HouseRules } from './house-rules';
import type { AuditEvidence } from './use-audit-evidence';
import type { LogEvidence } from './use-complaint-evidence';
import { useUnsavedPrompt } from './use-unsaved-prompt';
import { SaveFeedback } from './save-feedback';
import { useSaveAction } from './use-save-action';

type AreaValues = Record<PolicyAreaId, string>;

const areaField = () =>
  z.string().check(z.trim(), z.maxLength(MAX_AREA_ANSWER, { error: 'tooLong' }));
const areasFormSchema = z.object(
  Object.fromEntries(POLICY_AREA_IDS.map((area) => [area, areaField()])) as Record<
    PolicyAreaId,
    ReturnType<typeof areaField>
  >,
);

type Props = {
  policy: Policy;
  evidence: AuditEvidence | null | undefined;
  log: LogEvidence | undefined;
};

export function AreasStep({ policy, evidence, log }: Props) {
  const { t } = useTranslation('policy');
  const format = useFormat();
  const save = useSaveAction();
  const weakest = evidence?.weakest ?? [];
  const byArea = log?.byArea ?? {};
  const order = areasByEvidence(weakest, byArea);
  const flagged = new Set(areasForSections(weakest));
  const defaults = Object.fromEntries(
    POLICY_AREA_IDS.map((area) => [area, policy.content.areas[area] ?? '']),
  ) as AreaValues;
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<AreaValues>({ resolver: zodResolver(areasFormSchema), defaultValues: defaults });
  useUnsavedPrompt(isDirty, t('unsavedChanges'));

  const onSubmit = handleSubmit(async (values) => {
    await save.run(async () => {
      await saveAreas(policy.id, values);
      reset(values);
    }, t('areas.saved'));
  });

  return (
    <section className="policy-step" aria-labelledby="areas-title">
      <h2 id="areas-title">{t('areas.title')}</h2>
      <p>{t('areas.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <ol className="area-list">
          {order.map((area) => {
            const questions = Array.from(
              { length: AREA_QUESTION_COUNT[area] },
              (_, index) => `q${index + 1}` as const,
            );
            const fieldId = `area-${area}`;
            const complained = byArea[area];
            const marked = flagged.has(area) || Boolean(complained);
            return (
              <li key={area} className={`card area-card${marked ? ' is-flagged' : ''}`}>
                <h3 id={`${fieldId}-title`} className="area-card__title">
                  {t(`areas.names.${area}`)}
                  {flagged.has(area) && <span className="weak-badge">{t('areas.flagged')}</span>}
                  {complained && (
                    <span className="weak-badge weak-badge--complaints">
                      {t('areas.complained')}
                    </span>
                  )}
                </h3>
                {complained && log?.figures && (
                  <p className="area-card__complaints" id={`${fieldId}-complaints`}>
                    {t('areas.complaintsHere', {
                      days: log.figures.windowDays,
                      categories: log.listCategories(complained),
                    })}
                  </p>
                )}
                <ul className="area-card__questions" id={`${fieldId}-questions`}>
                  {questions.map((question) => (
                    <li key={question}>
                      {t(`areas.questions.${area}.${question}` as 'areas.questions.speed.q1')}
                    </li>
                  ))}
                </ul>
                <div className="field">
                  <label htmlFor={fieldId}>
                    {t('areas.answer', { area: t(`areas.names.${area}`) })}
                  </label>
                  <textarea
                    id={fieldId}
                    rows={4}
                    dir="auto"
                    aria-describedby={[
                      `${fieldId}-questions`,
                      complained && log?.figures ? `${fieldId}-complaints` : '',
                      errors[area] ? `${fieldId}-error` : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    aria-invalid={errors[area] ? true : undefined}
                    {...register(area)}
                  />
                  {errors[area] && (
                    <p className="field__error" id={`${fieldId}-error`}>
                      {t('tooLong', { max: format.integer(MAX_AREA_ANSWER) })}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <div className="actions policy-sticky-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('areas.save')}
          </button>
          <SaveFeedback error={save.error} status={save.status} stale={isDirty} />
        </div>
      </form>
      <HouseRules policy={policy} log={log} />
    </section>
  );
}
