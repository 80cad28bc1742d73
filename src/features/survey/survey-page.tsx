import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { getAssessment, useAssessment } from '../../db/assessments';
import {
  ITEM_IDS,
  SECTIONS,
  answeredCount,
  firstUnansweredItem,
  isItemId,
  type ItemId,
  sectionOf,
} from '../../domain/instrument';
import { NotFound } from '../../ui/not-found';
import { SurveyProgress } from './survey-progress';
import { SurveyStep } from './survey-step';
import { SurveyStepHeading } from './survey-step-heading';

/** Sections whose statements the complaint log and survey results speak to. */
const RECORD_SECTIONS: ReadonlySet<string> = new Set(['feedback', 'accessibility']);
// Loaded only on those two steps, so the other steps carry none of the log's code.
const RecordsContext = lazy(() =>
  import('./records-context').then((module) => ({ default: module.RecordsContext })),
);

export function SurveyPage() {
  const { id, step: stepParam } = useParams();
  const { t } = useTranslation(['common', 'instrument']);
  const navigate = useNavigate();
  const location = useLocation();
  const focusItem = (location.state as { focusItem?: ItemId } | null)?.focusItem;
  const assessment = useAssessment(id);
  const [showMissing, setShowMissing] = useState(false);

  const step = Number(stepParam);
  const section = Number.isInteger(step) ? SECTIONS[step - 1] : undefined;
  if (!section) return <NotFound />;
  // While the audit is read, the step's heading and question (what the build prerendered
  // for this address) stay on screen; the statements follow below them.
  if (assessment === undefined) {
    return (
      <div className="page survey">
        <SurveyStepHeading step={step} section={section} focusKey={`${id}-${step}`} />
      </div>
    );
  }
  if (assessment === null) return <NotFound kind="assessment" />;

  const missing = ITEM_IDS.length - answeredCount(assessment.answers);
  const firstMissing = firstUnansweredItem(assessment.answers);
  const firstMissingStep = firstMissing
    ? SECTIONS.findIndex((s) => s.id === sectionOf(firstMissing)) + 1
    : undefined;
  const isLast = step === SECTIONS.length;

  // Read the stored record rather than the live-query snapshot: an answer given a moment
  // ago may not have reached the snapshot yet, but its write is queued before this read.
  const finish = async () => {
    const stored = await getAssessment(assessment.id);
    const remaining = stored ? ITEM_IDS.length - answeredCount(stored.answers) : missing;
    // Started from a workshop invite: the result goes to the trainer first (issue 11).
    if (remaining === 0) {
      void navigate(`/a/${assessment.id}/${stored?.invite ? 'show' : 'results'}`);
    } else setShowMissing(true);
  };

  return (
    <div className="page survey">
      <SurveyStepHeading
        step={step}
        section={section}
        businessName={assessment.businessName}
        focusKey={`${assessment.id}-${step}`}
      />
      <SurveyProgress assessmentId={assessment.id} answers={assessment.answers} step={step} />
      <SurveyStep
        key={section.id}
        assessmentId={assessment.id}
        section={section}
        answers={assessment.answers}
        focusItem={focusItem && isItemId(focusItem) ? focusItem : undefined}
      />
      {/* Below the statements: it arrives after them (its code and the log are read
          first), and above them it pushed the options down under a finger or a click. */}
      {RECORD_SECTIONS.has(section.id) && (
        <Suspense fallback={null}>
          <RecordsContext business={assessment} />
        </Suspense>
      )}
      {showMissing && missing > 0 && (
        <div className="notice notice--warning" role="alert">
          <p>{t('survey.unanswered', { count: missing })}</p>
          {firstMissingStep && (
            <Link
              to={`/a/${assessment.id}/survey/${firstMissingStep}`}
              onClick={() => setShowMissing(false)}
            >
              {t('survey.goToUnanswered')}
            </Link>
          )}
        </div>
      )}
      <div className="survey__nav">
        {step > 1 ? (
          <Link className="button" to={`/a/${assessment.id}/survey/${step - 1}`} rel="prev">
            <span className="arrow arrow--back" aria-hidden="true" />
            {t('survey.back')}
          </Link>
        ) : (
          <span />
        )}
        {isLast ? (
          <button type="button" className="button button--primary" onClick={() => void finish()}>
            {t('survey.finish')}
          </button>
        ) : (
          <Link
            className="button button--primary"
            to={`/a/${assessment.id}/survey/${step + 1}`}
            rel="next"
          >
            {t('survey.next')}
            <span className="arrow arrow--next" aria-hidden="true" />
          </Link>
        )}
      </div>
    </div>
  );
}
