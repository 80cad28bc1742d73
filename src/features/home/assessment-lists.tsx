// Home's lists: unfinished audits (shown first, above the form for a new one) and recent
// results. Names are isolated, so a Latin name in Persian (or the reverse) keeps its order.
import { useLayoutEffect, type ReactNode } from 'react';
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

type ListProps = {
  /** The heading's id, for the section's aria-labelledby. */
  titleId: string;
  title: string;
  className: string;
  assessments: readonly Assessment[];
  /** What the list says under each name (dates, progress, score). */
  details: (assessment: Assessment) => ReactNode;
  /** The link on each row: where it goes, its words, and whether it is the main action. */
  action: { to: (id: string) => string; label: string; primary?: boolean };
};

/** One of Home's lists: a titled section, one row per audit, its name, details and link. */
function AssessmentList({ titleId, title, className, assessments, details, action }: ListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={titleId} className={className}>
      <h2 id={titleId}>{title}</h2>
      <ul className="assessment-list">
        {assessments.map((assessment) => (
          // A record that cannot be shown (its details may throw) breaks only its own row.
          <ItemBoundary key={assessment.id} as="li">
            {() => {
              const name = <UserText>{assessment.businessName || t('home.noBusiness')}</UserText>;
              return (
                <li className="assessment-list__item">
                  <div className="assessment-list__main">
                    <strong className="assessment-list__name">{name}</strong>
                    {details(assessment)}
                  </div>
                  <Link
                    className={action.primary ? 'button button--primary' : 'button'}
                    to={action.to(assessment.id)}
                  >
                    {action.label}
                    <span className="visually-hidden">
                      {': '}
                      {name}
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

function UnfinishedList({ assessments }: { assessments: readonly Assessment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unfinished = assessments
    .filter((a) => a.completedAt === null)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  if (unfinished.length === 0) return null;
  return (
    <AssessmentList
      titleId="unfinished-title"
      title={t('home.unfinishedTitle')}
      className="home-list home-list--unfinished"
      assessments={unfinished}
      action={{ to: (id) => `/a/${id}`, label: t('home.continue'), primary: true }}
      details={(assessment) => {
        const answered = answeredCount(assessment.answers);
        return (
          <>
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
          </>
        );
      }}
    />
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
    <AssessmentList
      titleId="recent-title"
      title={t('home.recentTitle')}
      className="home-list"
      assessments={completed}
      action={{ to: (id) => `/a/${id}/results`, label: t('home.view') }}
      details={(assessment) => {
        const score = scoreAnswers(assessment.answers);
        return (
          <>
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
          </>
        );
      }}
    />
  );
}

/**
 * Unfinished audits, shown above the form for a new one (nothing when there are none);
 * `onKnown` is called once they are loaded, so Home can show the form below them.
 */
export function UnfinishedWork({ onKnown }: { onKnown?: () => void }) {
  const assessments = useAssessments();
  const known = assessments !== undefined;
  // Before the browser paints, so the list and the form appear in the same frame.
  useLayoutEffect(() => {
    if (known) onKnown?.();
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
