import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAssessments } from '../../db/assessments';
import { ITEM_IDS, answeredCount } from '../../domain/instrument';
import { scoreAnswers } from '../../domain/scoring';
import { useFormat } from '../../ui/use-format';
import { NothingYet } from './nothing-yet';
import { BandChip } from '../../ui/band-chip';

const RECENT_LIMIT = 5;

export function AssessmentLists() {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  const assessments = useAssessments();
  if (!assessments) return null;

  const unfinished = assessments.filter((a) => a.completedAt === null);
  const completed = assessments
    .filter((a) => a.completedAt !== null)
    .sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0))
    .slice(0, RECENT_LIMIT);

  if (assessments.length === 0) return <NothingYet />;

  return (
    <>
      {unfinished.length > 0 && (
        <section aria-labelledby="unfinished-title" className="home-list">
          <h2 id="unfinished-title">{t('home.unfinishedTitle')}</h2>
          <ul className="assessment-list">
            {unfinished.map((assessment) => (
              <li key={assessment.id} className="assessment-list__item">
                <div>
                  <strong>{assessment.businessName || t('home.noBusiness')}</strong>
                  <span className="muted">
                    {' · '}
                    {t('home.startedOn', { date: format.date(assessment.createdAt) })}
                  </span>
                  <div className="muted">
                    {t('home.progress', {
                      answered: format.integer(answeredCount(assessment.answers)),
                      total: format.integer(ITEM_IDS.length),
                    })}
                  </div>
                </div>
                <Link className="button" to={`/a/${assessment.id}`}>
                  {t('home.continue')}
                  <span className="visually-hidden">
                    {': '}
                    {assessment.businessName || t('home.noBusiness')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {completed.length > 0 && (
        <section aria-labelledby="recent-title" className="home-list">
          <h2 id="recent-title">{t('home.recentTitle')}</h2>
          <ul className="assessment-list">
            {completed.map((assessment) => {
              const score = scoreAnswers(assessment.answers);
              return (
                <li key={assessment.id} className="assessment-list__item">
                  <div>
                    <strong>{assessment.businessName || t('home.noBusiness')}</strong>
                    <span className="muted">
                      {' · '}
                      {t('home.completedOn', { date: format.date(assessment.completedAt ?? 0) })}
                    </span>
                    {score.total !== undefined && score.band && (
                      <div>
                        <BandChip band={score.band} />{' '}
                        {t('results.outOf', {
                          score: format.score(score.total),
                          max: format.integer(35),
                        })}
                      </div>
                    )}
                  </div>
                  <Link className="button" to={`/a/${assessment.id}/results`}>
                    {t('home.view')}
                    <span className="visually-hidden">
                      {': '}
                      {assessment.businessName || t('home.noBusiness')}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
