// The action plan of one assessment (/a/:id/plan): the user's goals with their status,
// the next-audit reminder, and the advice library ordered by need to pick goals from.
// Opening the plan of a re-take with no plan yet carries the previous goals over once.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  addGoal,
  carryOverPlan,
  editGoal,
  removeGoal,
  setGoalStatus,
  setNextAuditDate,
  useActionPlan,
} from '../../db/action-plans';
import { useAssessment } from '../../db/assessments';
import { DEFAULT_GOAL_DAYS, type Goal } from '../../domain/action-plan';
import { addDays, addMonths, dateFromIso, isoDate } from '../../domain/calendar-date';
import { isComplete } from '../../domain/assessment';
import { isShowableTimestamp } from '../../domain/timestamps';
import { NotFound } from '../../ui/not-found';
import { PageHeading } from '../../ui/page-heading';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { UserText, sentence } from '../../ui/user-text';
import { AdviceSuggestions } from './advice-suggestions';
import { GoalForm, type GoalFormResult } from './goal-form';
import { GoalList, type GoalToReveal } from './goal-list';
import { NextAudit } from './next-audit';
import './action-plan.css';

const RETAKE_INTERVAL_MONTHS = 3;

export function ActionPlanPage() {
  const { id } = useParams();
  const { t } = useTranslation(['plan', 'common']);
  const format = useFormat();
  const assessment = useAssessment(id);
  const plan = useActionPlan(id);
  const source = useAssessment(plan?.carriedOverFrom ?? undefined);
  const [announcement, setAnnouncement] = useState('');
  const errorText = useErrorText();
  const [failure, setError] = useState<{
    key: 'carryOverFailed' | 'saveFailed';
    cause: unknown;
  } | null>(null);
  const [customOpen, setCustomOpen] = useState(false);
  const [reveal, setReveal] = useState<GoalToReveal | null>(null);
  const showGoal = (goalId: string, added: boolean) =>
    setReveal((current) => ({ goalId, added, key: (current?.key ?? 0) + 1 }));
  const today = useMemo(() => isoDate(new Date()), []);

  // A re-take starts with the goals of the previous audit of the same business.
  useEffect(() => {
    if (!id || plan !== null || !assessment) return;
    carryOverPlan(id).catch((cause: unknown) => setError({ key: 'carryOverFailed', cause }));
  }, [id, plan, assessment]);

  if (assessment === undefined || plan === undefined) {
    return <p className="page muted">{t('common:app.loading')}</p>;
  }
  if (assessment === null) return <NotFound kind="assessment" />;

  const heading = assessment.businessName
    ? sentence((values) => t('titleFor', values), {
        name: <UserText>{assessment.businessName}</UserText>,
      })
    : t('title');
  const goals = plan?.goals ?? [];
  // The service policy of the same business: its standards can come from these goals.
  const policyQuery = assessment.businessName.trim()
    ? new URLSearchParams({
        business: assessment.businessName.trim(),
        context: assessment.context.trim(),
      }).toString()
    : null;
  const adviceInPlan = new Map(
    goals.flatMap((goal) => (goal.adviceId ? [[goal.adviceId, goal.id] as const] : [])),
  );
  const defaults = {
    owner: assessment.respondent,
    dueDate: addDays(today, DEFAULT_GOAL_DAYS),
  };

  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await action();
      setAnnouncement(message);
    } catch (reason) {
      setError({ key: 'saveFailed', cause: reason });
    }
  };

  const onStatusChange = (goal: Goal, status: Goal['status']) =>
    void run(
      () => setGoalStatus(assessment.id, goal.id, status),
      t('goals.statusChanged', { what: goal.what, status: t(`status.${status}`) }),
    );
  const onRemove = (goal: Goal) => {
    if (!window.confirm(t('goals.confirmRemove', { what: goal.what }))) return;
    void run(() => removeGoal(assessment.id, goal.id), t('goals.removed', { what: goal.what }));
  };
  const onEdit = async (goal: Goal, values: GoalFormResult) => {
    setError(null);
    await editGoal(
      assessment.id,
      goal.id,
      {
        what: values.what,
        targetValue: values.targetValue,
        targetUnit: values.targetUnit,
        owner: values.owner,
        dueDate: values.dueDate,
        sectionId: values.sectionId,
      },
      today,
    );
    setAnnouncement(t('goals.updated', { what: values.what }));
  };
  const finished = assessment.completedAt ?? assessment.updatedAt;
  const completedOn = isShowableTimestamp(finished) ? isoDate(new Date(finished)) : today;
  const suggestedNextAudit = addMonths(
    completedOn > today ? completedOn : today,
    RETAKE_INTERVAL_MONTHS,
  );

  return (
    <div className="page action-plan">
      <PageHeading>{heading}</PageHeading>
      <p className="lead">{t('intro')}</p>
      {plan?.carriedOverFrom && (
        <p className="notice" data-testid="carried-over">
          {sentence((values) => t('carriedOver', values), {
            date: (
              <UserText>
                {source
                  ? format.date(source.completedAt ?? source.createdAt)
                  : format.date(dateFromIso(today).getTime())}
              </UserText>
            ),
          })}
        </p>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {t(failure.key, { reason: errorText(failure.cause) })}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <div className="action-plan__grid">
        <div className="action-plan__goals">
          <section aria-labelledby="goals-title" className="goals">
            <h2 id="goals-title">{t('goals.title')}</h2>
            <GoalList
              goals={goals}
              reveal={reveal}
              today={today}
              onStatusChange={onStatusChange}
              onRemove={onRemove}
              onEdit={onEdit}
              standardLink={
                policyQuery
                  ? (goal) => `/policy?${policyQuery}&goal=${assessment.id}:${goal.id}`
                  : undefined
              }
            />
            {customOpen ? (
              <GoalForm
                idPrefix="goal-form-custom"
                today={today}
                sectionId="culture"
                sectionFixed={false}
                title={t('form.title')}
                headingLevel={3}
                onCancel={() => setCustomOpen(false)}
                defaultOwner={defaults.owner}
                defaultDueDate={defaults.dueDate}
                onSave={async (goal) => {
                  const goalId = await addGoal(assessment.id, { ...goal, adviceId: null });
                  setCustomOpen(false);
                  showGoal(goalId, true);
                }}
              />
            ) : (
              <button type="button" className="button" onClick={() => setCustomOpen(true)}>
                {t('suggestions.custom')}
              </button>
            )}
          </section>
          <NextAudit
            assessmentId={assessment.id}
            businessName={assessment.businessName}
            current={plan?.nextAuditDate ?? null}
            suggested={suggestedNextAudit}
            today={today}
            onSave={(date) =>
              run(
                () => setNextAuditDate(assessment.id, date),
                date
                  ? t('nextAudit.current', { date: format.date(dateFromIso(date).getTime()) })
                  : t('nextAudit.none'),
              )
            }
          />
          <div className="actions">
            <Link className="button" to={`/a/${assessment.id}/results`}>
              {t('backToResults')}
            </Link>
            <Link className="button" to={`/a/${assessment.id}/report`}>
              {t('reportLink')}
            </Link>
            <Link className="button" to={policyQuery ? `/policy?${policyQuery}` : '/policy'}>
              {t('policyLink')}
            </Link>
          </div>
        </div>

        {isComplete(assessment) ? (
          <AdviceSuggestions
            answers={assessment.answers}
            today={today}
            defaults={defaults}
            adviceInPlan={adviceInPlan}
            onAddGoal={async (goal, adviceId) => {
              const goalId = await addGoal(assessment.id, { ...goal, adviceId });
              showGoal(goalId, true);
            }}
            onShowGoal={(goalId) => showGoal(goalId, false)}
          />
        ) : (
          <div className="card">
            <p>{t('notComplete')}</p>
            <Link className="button button--primary" to={`/a/${assessment.id}`}>
              {t('resume')}
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
