// On Results: the one list of what to do first — the sections ordered by need, the
// weakest marked, each with the first action to take — and the way into the action plan
// (issue 8). The first few show at once; the rest on request.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdviceId } from '../../domain/advice';
import type { Assessment } from '../../domain/assessment';
import { prioritiseSections } from '../../domain/priorities';
import { scoreAnswers, weakestSections } from '../../domain/scoring';
import { useFormat } from '../../ui/use-format';
import { useSeparator } from '../../ui/user-text';

const SHOWN_AT_FIRST = 3;

export function Priorities({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(['plan', 'advice', 'instrument']);
  const format = useFormat();
  const separator = useSeparator();
  const [showAll, setShowAll] = useState(false);
  const priorities = prioritiseSections(assessment.answers);
  const weakest = new Set(weakestSections(scoreAnswers(assessment.answers)));
  // Every weakest section is shown, however many share the lowest average.
  const first = Math.max(SHOWN_AT_FIRST, weakest.size);
  const shown = showAll ? priorities : priorities.slice(0, first);
  return (
    <section aria-labelledby="priorities-title" className="card priorities">
      <h2 id="priorities-title">{t('priorities.title')}</h2>
      <p className="muted">{t('priorities.intro')}</p>
      <ol className="priorities__list" data-testid="priorities">
        {shown.map((priority) => {
          const action = priority.advice[0];
          return (
            <li key={priority.sectionId} data-section={priority.sectionId}>
              <strong>{t(`instrument:sections.${priority.sectionId}.name`)}</strong>
              {priority.average !== undefined && (
                <span className="muted">
                  {separator}
                  {t('suggestions.average', { score: format.score(priority.average) })}
                </span>
              )}
              {weakest.has(priority.sectionId) && (
                <span className="weak-badge">{t('suggestions.workFirst')}</span>
              )}
              {action && (
                <div>
                  {t('priorities.firstAction', {
                    title: t(`advice:${action.id as AdviceId}.title`),
                  })}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="priorities__actions">
        <Link className="button button--primary" to={`/a/${assessment.id}/plan`}>
          {t('priorities.makePlan')}
        </Link>
        {priorities.length > first && (
          <button
            type="button"
            className="button"
            aria-expanded={showAll}
            onClick={() => setShowAll((open) => !open)}
          >
            {showAll
              ? t('priorities.showFewer')
              : t('priorities.showAll', { count: priorities.length })}
          </button>
        )}
      </div>
    </section>
  );
}
