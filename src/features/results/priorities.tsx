// On Results: the sections ordered by need, each with the first action to take, and a
// way into the action plan (issue 8).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdviceId } from '../../domain/advice';
import type { Assessment } from '../../domain/assessment';
import { prioritiseSections } from '../../domain/priorities';
import { useFormat } from '../../ui/use-format';

export function Priorities({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(['plan', 'advice', 'instrument']);
  const format = useFormat();
  const priorities = prioritiseSections(assessment.answers);
  return (
    <section aria-labelledby="priorities-title" className="card priorities">
      <h2 id="priorities-title">{t('priorities.title')}</h2>
      <p className="muted">{t('priorities.intro')}</p>
      <ol className="priorities__list" data-testid="priorities">
        {priorities.map((priority) => {
          const first = priority.advice[0];
          return (
            <li key={priority.sectionId} data-section={priority.sectionId}>
              <strong>{t(`instrument:sections.${priority.sectionId}.name`)}</strong>
              {priority.average !== undefined && (
                <span className="muted">
                  {' · '}
                  {t('suggestions.average', { score: format.score(priority.average) })}
                </span>
              )}
              {first && (
                <div>
                  {t('priorities.firstAction', {
                    title: t(`advice:${first.id as AdviceId}.title`),
                  })}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <Link className="button button--primary" to={`/a/${assessment.id}/plan`}>
        {t('priorities.makePlan')}
      </Link>
    </section>
  );
}
