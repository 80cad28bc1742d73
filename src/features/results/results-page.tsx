// Results of one assessment: the verdict (with the change since the previous audit of the
// same business, for a re-take), what to do first, the charts and table, notes (folded
// away until asked for) and the next steps in a bar that stays in reach on a phone.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { createRetake, useAssessment, useAssessments } from '../../db/assessments';
import { isComplete, type Assessment } from '../../domain/assessment';
import { compareAssessments, previousAuditOf } from '../../domain/compare';
import { currentLanguage } from '../../i18n/i18n';
import { isLanguageCode } from '../../i18n/languages';
import { NotFound } from '../../ui/not-found';
import { PageHeading } from '../../ui/page-heading';
import { ResultsSummary } from '../../ui/results-summary';
import { useFormat } from '../../ui/use-format';
import { TextParts, UserText, sentence } from '../../ui/user-text';
import { Priorities } from './priorities';
import { SectionNotes } from './section-notes';
import './results.css';

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

function SinceLastTime({ current, previous }: { current: Assessment; previous: Assessment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const comparison = compareAssessments(previous, current);
  if (!comparison) return null;
  const { direction, change } = comparison.total;
  const date = <UserText>{format.date(previous.completedAt ?? previous.updatedAt)}</UserText>;
  return (
    <div className="since-last" data-testid="since-last">
      <p className="since-last__text">
        {direction === 'same' ? (
          sentence((values) => t('results.sinceLast.same', values), { date })
        ) : (
          <>
            <strong className={`since-last__value since-last__value--${direction}`}>
              <span aria-hidden="true">{ARROWS[direction]}</span>{' '}
              <UserText dir="ltr">{format.change(change)}</UserText>
            </strong>{' '}
            {sentence((values) => t('results.sinceLast.change', values), { date })}
          </>
        )}
      </p>
      <Link
        className="since-last__link"
        to={`/compare?a=${encodeURIComponent(previous.id)}&b=${encodeURIComponent(current.id)}`}
      >
        {t('results.sinceLast.compare')}
      </Link>
    </div>
  );
}

export function ResultsPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const assessment = useAssessment(id);
  const all = useAssessments();
  if (assessment === undefined) return <p className="page muted">{t('app.loading')}</p>;
  if (assessment === null) return <NotFound kind="assessment" />;

  const heading = assessment.businessName
    ? sentence((values) => t('results.for', values), {
        name: <UserText>{assessment.businessName}</UserText>,
      })
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
  const previous = all ? previousAuditOf(assessment, all) : undefined;

  return (
    <div className="page results">
      <PageHeading>{heading}</PageHeading>
      <p className="muted results__facts" data-testid="results-facts">
        <TextParts
          parts={[
            assessment.respondent,
            assessment.context,
            format.date(assessment.completedAt ?? assessment.updatedAt),
          ]}
        />
      </p>
      {otherLanguage && (
        <p className="notice">
          {t('language.viewingInOther', {
            language: format.languageName(answeredIn),
            current: format.languageName(format.language),
          })}
        </p>
      )}
      <ResultsSummary
        answers={assessment.answers}
        previousAnswers={previous?.answers}
        verdictExtra={previous && <SinceLastTime current={assessment} previous={previous} />}
        afterVerdict={<Priorities assessment={assessment} />}
        showWeakest={false}
      />
      <SectionNotes assessment={assessment} />
      <p>
        <Link to={`/a/${assessment.id}/survey/1`}>{t('results.editAnswers')}</Link>
      </p>
      {assessment.invite && (
        <p className="actions">
          <Link className="button button--primary" to={`/a/${assessment.id}/show`}>
            {t('results.showTrainer')}
          </Link>
        </p>
      )}
      <nav className="results-actions" aria-label={t('results.bar.label')}>
        <Link className="button button--primary" to={`/a/${assessment.id}/plan`}>
          {t('results.bar.plan')}
        </Link>
        <Link className="button" to={`/a/${assessment.id}/share`}>
          {t('results.bar.share')}
        </Link>
        <Link className="button" to={`/a/${assessment.id}/report`}>
          {t('results.bar.report')}
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
          {t('results.bar.retake')}
        </button>
      </nav>
    </div>
  );
}
