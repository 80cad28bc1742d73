// Home's lists: unfinished audits (shown first, above the form for a new one) and recent
// results. Names are isolated, so a Latin name in Persian (or the reverse) keeps its order.
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAssessments } from '../../db/assessments';
import type { Assessment } from '../../domain/assessment';
import { ITEM_IDS, answeredCount } from '../../domain/instrument';
import { TOTAL_MAX, scoreAnswers } from '../../domain/scoring';
import { useFormat } from '../../ui/use-format';
import { UserText, useSeparator } from '../../ui/user-text';
import { NothingYet } from './nothing-yet';
import { BandChip } from '../../ui/band-chip';
import { ItemBoundary } from '../../ui/item-boundary';

const RECENT_LIMIT = 5;

function Name({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <strong className="assessment-list__name">
      <UserText>{assessment.businessName || t('home.noBusiness')}</UserText>
    </strong>
  );
}

function UnfinishedList({ assessments }: { assessments: readonly Assessment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unfinished = assessments
    .filter((a) => a.completedAt === null)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  if (unfinished.length === 0) return null;
  return (
    <section aria-labelledby="unfinished-title" className="home-list home-list--unfinished">
      <h2 id="unfinished-title">{t('home.unfinishedTitle')}</h2>
      <ul className="assessment-list">
        {unfinished.map((assessment) => (
          <ItemBoundary key={assessment.id} as="li">
            {() => {
              const answered = answeredCount(assessment.answers);
              return (
                <li className="assessment-list__item">
                  <div className="assessment-list__main">
                    <Name assessment={assessment} />
                    <div className="muted">
                      {t('home.startedOn', { date: format.date(assessment.createdAt) })}
                    </div>
                    <div className="assessment-list__progress">
                      <progress max={ITEM_IDS.length} value={answered} aria-hidden="true" />
                      <span className="muted">
                        {t('home.progress', {
                          answered: format.integer(answered),
                          total: format.integer(ITEM_IDS.length),
                        })}
                      </span>
                    </div>
                  </div>
                  <Link className="button button--primary" to={`/a/${assessment.id}`}>
                    {t('home.continue')}
                    <span className="visually-hidden">
                      {': '}
                      <UserText>{assessment.businessName || t('home.noBusiness')}</UserText>
                    </span>
                  </Link>
                </li>
              );
            }}
          </ItemBoundary>
        ))}
      </ul>
    </section>
  );
}

function RecentResults({ assessments }: { assessments: readonly Assessment[] }) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  const separator = useSeparator();
  const completed = assessments
    .filter((a) => a.completedAt !== null)
    .sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0))
    .slice(0, RECENT_LIMIT);
  if (assessments.length === 0) return <NothingYet />;
  if (completed.length === 0) return null;
  return (
    <section aria-labelledby="recent-title" className="home-list">
      <h2 id="recent-title">{t('home.recentTitle')}</h2>
      <ul className="assessment-list">
        {completed.map((assessment) => (
          <ItemBoundary key={assessment.id} as="li">
            {() => {
              const score = scoreAnswers(assessment.answers);
              return (
                <li className="assessment-list__item">
                  <div className="assessment-list__main">
                    <Name assessment={assessment} />
                    <div className="muted">
                      {t('home.completedOn', { date: format.date(assessment.completedAt ?? 0) })}
                    </div>
                    {score.total !== undefined && score.band && (
                      <div>
                        <BandChip band={score.band} />
                        {separator}
                        {t('results.outOf', {
                          score: format.score(score.total),
                          max: format.integer(TOTAL_MAX),
                        })}
                      </div>
                    )}
                  </div>
                  <Link className="button" to={`/a/${assessment.id}/results`}>
                    {t('home.view')}
                    <span className="visually-hidden">
                      {': '}
                      <UserText>{assessment.businessName || t('home.noBusiness')}</UserText>
                    </span>
                  </Link>
                </li>
              );
            }}
          </ItemBoundary>
        ))}
      </ul>
    </section>
  );
}

/**
 * Unfinished audits, shown above the form for a new one (nothing when there are none);
 * `onKnown` is called once they are loaded, so Home can show the form below them.
 */
export function UnfinishedWork({ onKnown }: { onKnown: () => void }) {
  const assessments = useAssessments();
  const known = assessments !== undefined;
  // Before the browser paints, so the list and the form appear in the same frame.
  useLayoutEffect(() => {
    if (known) onKnown();
  }, [known, onKnown]);
  if (!assessments) return null;
  return <UnfinishedList assessments={assessments} />;
}

/** Recent results, or what Home is for when this browser holds no audit yet. */
export function AssessmentLists() {
  const assessments = useAssessments();
  if (!assessments) return null;
  return <RecentResults assessments={assessments} />;
}
