// One business's policy (/policy/:id/:step): the five parts as steps (vision, standards,
// policy areas, staff card, document), what the latest audit says about where to start,
// and the step itself. Every part saves through src/db/policies.ts.
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, useParams } from 'react-router';
import { usePolicy } from '../../db/policies';
import { policyProgress, type Policy } from '../../domain/policy';
import { PageHeading } from '../../ui/page-heading';
import { AreasStep } from './areas-step';
import { AuditPanel } from './audit-panel';
import { DocumentStep } from './document-step';
import { StaffStep } from './staff-step';
import { StandardsStep } from './standards-step';
import { useAuditEvidence } from './use-audit-evidence';
import { useComplaintEvidence } from './use-complaint-evidence';
import { VisionStep } from './vision-step';
import './policy.css';
import { sentence, UserText } from '../../ui/user-text';

const STEPS = ['vision', 'standards', 'areas', 'staff', 'document'] as const;
type Step = (typeof STEPS)[number];

function isStep(value: string | undefined): value is Step {
  return (STEPS as readonly (string | undefined)[]).includes(value);
}

function stepDone(step: Step, policy: Policy): boolean {
  const progress = policyProgress(policy.content);
  switch (step) {
    case 'vision':
      return progress.vision;
    case 'standards':
      return progress.standards > 0;
    case 'areas':
      return progress.areasAnswered > 0;
    case 'staff':
      return progress.staffCard;
    case 'document':
      return false;
  }
}

export function PolicyPage() {
  const { id, step } = useParams();
  const { t } = useTranslation(['policy', 'common']);
  const policy = usePolicy(id);
  const evidence = useAuditEvidence(policy);
  const log = useComplaintEvidence(policy);

  if (policy === undefined) return <p className="page muted">{t('common:app.loading')}</p>;
  if (policy === null) {
    return (
      <div className="page page--narrow">
        <PageHeading>{t('title')}</PageHeading>
        <p>{t('notFound')}</p>
        <Link className="button" to="/policy">
          {t('backToList')}
        </Link>
      </div>
    );
  }
  if (!isStep(step)) return <Navigate to={`/policy/${policy.id}/vision`} replace />;

  return (
    <div className={`page policy policy--${step}`}>
      <p className="policy__back">
        <Link to="/policy">{t('backToList')}</Link>
      </p>
      <PageHeading focusKey={step}>
        {sentence((values) => t('titleFor', values), {
          name: <UserText>{policy.businessName}</UserText>,
        })}
      </PageHeading>
      <nav className="policy-steps" aria-label={t('steps.label')}>
        <ol>
          {STEPS.map((item) => {
            const done = stepDone(item, policy);
            return (
              <li key={item}>
                <NavLink to={`/policy/${policy.id}/${item}`} className="policy-steps__link">
                  <span className="policy-steps__name">{t(`steps.${item}`)}</span>
                  {item !== 'document' && (
                    <span className={`policy-steps__state${done ? ' is-done' : ''}`}>
                      {done ? t('steps.done') : t('steps.todo')}
                    </span>
                  )}
                </NavLink>
              </li>
            );
          })}
        </ol>
      </nav>
      {step !== 'document' && step !== 'staff' && (
        <AuditPanel policy={policy} evidence={evidence} log={log} />
      )}
      {step === 'vision' && <VisionStep policy={policy} />}
      {step === 'standards' && <StandardsStep policy={policy} evidence={evidence} log={log} />}
      {step === 'areas' && <AreasStep policy={policy} evidence={evidence} log={log} />}
      {step === 'staff' && <StaffStep policy={policy} />}
      {step === 'document' && <DocumentStep policy={policy} evidence={evidence} />}
    </div>
  );
}
