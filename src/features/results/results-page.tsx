import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { createRetake, useAssessment } from '../../db/assessments';
import { isComplete } from '../../domain/assessment';
import { isLanguageCode } from '../../i18n/languages';
import { NotFound } from '../../ui/not-found';
import { ResultsSummary } from '../../ui/results-summary';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import { currentLanguage } from '../../i18n/i18n';
import { Priorities } from './priorities';

import { SectionNotes } from './section-notes';

export function ResultsPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const assessment = useAssessment(id);
  if (assessment === undefined) return <p className="page muted">{t('app.loading')}</p>;
  if (assessment === null) return <NotFound kind="assessment" />;

  const heading = assessment.businessName
    ? t('results.for', { name: assessment.businessName })
    : t('results.title');

  if (!isComplete(assessment)) {
    return (
      <div className="page page--narrow">
        <PageHeading>{heading}</PageHeading>
        <p>{t('results.notComplete')}</p>
        <Link className="button button--primary" to={`/a/${assessment.id}`}>
          {t('results.resume')}
        </Link>
      </div>
    );
  }

  const answeredIn = assessment.locale;
  const otherLanguage = answeredIn !== format.language && isLanguageCode(answeredIn);

  return (
    <div className="page results">
      <PageHeading>{heading}</PageHeading>
      <p className="muted">
        {[
          assessment.respondent,
          assessment.context,
          format.date(assessment.completedAt ?? assessment.updatedAt),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {otherLanguage && (
        <p className="notice">
          {t('language.viewingInOther', {
            language: t(`languages.${answeredIn}`),
            current: t(`languages.${isLanguageCode(format.language) ? format.language : 'en'}`),
          })}
        </p>
      )}
      <ResultsSummary answers={assessment.answers} />
      <Priorities assessment={assessment} />
      <SectionNotes assessment={assessment} />
      {assessment.invite && (
        <p className="actions">
          <Link className="button button--primary" to={`/a/${assessment.id}/show`}>
            {t('results.showTrainer')}
          </Link>
        </p>
      )}
      <div className="actions">
        <Link className="button button--primary" to={`/a/${assessment.id}/plan`}>
          {t('results.actionPlan')}
        </Link>
        <Link className="button" to={`/a/${assessment.id}/report`}>
          {t('results.report')}
        </Link>
        <Link className="button" to={`/a/${assessment.id}/share`}>
          {t('results.share')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => {
            void createRetake(assessment.id, currentLanguage()).then((newId) =>
              navigate(`/a/${newId}/survey/1`),
            );
          }}
        >
          {t('results.retake')}
        </button>
        <Link className="button" to={`/a/${assessment.id}/survey/1`}>
          {t('results.editAnswers')}
        </Link>
      </div>
    </div>
  );
}
