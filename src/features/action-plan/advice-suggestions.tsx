// The advice library for this audit: sections ordered by need, each with its actions
// (those aimed at the lowest answers first). Any action can be turned into a goal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceId, AdviceItem } from '../../domain/advice';
import type { Answers, SectionId } from '../../domain/instrument';
import { prioritiseSections } from '../../domain/priorities';
import { scoreAnswers, weakestSections } from '../../domain/scoring';
import { useFormat } from '../../ui/use-format';
import { GoalForm, type GoalFormResult } from './goal-form';

const SHOWN_AT_FIRST = 3;

type Props = {
  answers: Answers;
  today: string;
  /** Prefilled in every new goal. */
  defaults: { owner: string; dueDate: string };
  /** The goal made from each advice item already in the plan. */
  adviceInPlan: ReadonlyMap<string, string>;
  onAddGoal: (goal: GoalFormResult, adviceId: string | null) => Promise<void>;
  onShowGoal: (goalId: string) => void;
};

export function AdviceSuggestions({
  answers,
  today,
  defaults,
  adviceInPlan,
  onAddGoal,
  onShowGoal,
}: Props) {
  const { t } = useTranslation(['plan', 'advice', 'instrument']);
  const format = useFormat();
  const [openForm, setOpenForm] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<SectionId>>(new Set());
  const priorities = prioritiseSections(answers);
  const weakest = new Set(weakestSections(scoreAnswers(answers)));
  const adviceText = (item: AdviceItem, field: 'title' | 'why') =>
    t(`advice:${item.id as AdviceId}.${field}`);

  return (
    <section aria-labelledby="suggestions-title" className="suggestions">
      <h2 id="suggestions-title">{t('suggestions.title')}</h2>
      <p className="muted">{t('suggestions.intro')}</p>
      {priorities.map((priority) => {
        const sectionName = t(`instrument:sections.${priority.sectionId}.name`);
        const showAll = expanded.has(priority.sectionId);
        const shown = showAll ? priority.advice : priority.advice.slice(0, SHOWN_AT_FIRST);
        const headingId = `suggestions-${priority.sectionId}`;
        return (
          <section
            key={priority.sectionId}
            aria-labelledby={headingId}
            className="card suggestion-section"
            data-section={priority.sectionId}
          >
            <h3 id={headingId} className="suggestion-section__title">
              {sectionName}
              {priority.average !== undefined && (
                <span className="muted suggestion-section__average">
                  {' · '}
                  {t('suggestions.average', { score: format.score(priority.average) })}
                </span>
              )}
            </h3>
            {weakest.has(priority.sectionId) && (
              <p className="weak-badge suggestion-section__badge">{t('suggestions.workFirst')}</p>
            )}
            <ul className="advice-list">
              {shown.map((item) => {
                const title = adviceText(item, 'title');
                const formOpen = openForm === item.id;
                const goalId = adviceInPlan.get(item.id);
                const formId = `goal-form-${item.id.replace('.', '-')}`;
                return (
                  <li key={item.id} className="advice-item" data-advice={item.id}>
                    <p className="advice-item__title">{title}</p>
                    <p className="advice-item__why">{adviceText(item, 'why')}</p>
                    <p className="advice-item__source muted">
                      {t('suggestions.source', { source: t(`sources.${item.seed}`) })}
                    </p>
                    <div className="advice-item__actions">
                      {goalId !== undefined && (
                        <>
                          <span className="advice-item__in-plan">
                            <span className="confirmation__mark" aria-hidden="true" />
                            {t('suggestions.inPlan')}
                          </span>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => onShowGoal(goalId)}
                          >
                            {t('suggestions.showGoal')}
                            <span className="visually-hidden">: {title}</span>
                          </button>
                        </>
                      )}
                      {goalId === undefined && !formOpen && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setOpenForm(item.id)}
                        >
                          {t('suggestions.makeGoal')}
                          <span className="visually-hidden">: {title}</span>
                        </button>
                      )}
                    </div>
                    {formOpen && (
                      <GoalForm
                        idPrefix={formId}
                        today={today}
                        sectionId={item.sectionId}
                        sectionFixed
                        defaultWhat={title}
                        defaultOwner={defaults.owner}
                        defaultDueDate={defaults.dueDate}
                        title={t('form.titleFor', { title })}
                        onCancel={() => setOpenForm(null)}
                        onSave={async (goal) => {
                          await onAddGoal(goal, item.id);
                          setOpenForm(null);
                        }}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
            {priority.advice.length > SHOWN_AT_FIRST && (
              <button
                type="button"
                className="button button--small"
                aria-expanded={showAll}
                onClick={() =>
                  setExpanded((current) => {
                    const next = new Set(current);
                    if (showAll) next.delete(priority.sectionId);
                    else next.add(priority.sectionId);
                    return next;
                  })
                }
              >
                {showAll
                  ? t('suggestions.showFewer', { section: sectionName })
                  : t('suggestions.showAll', {
                      count: priority.advice.length,
                      section: sectionName,
                    })}
              </button>
            )}
          </section>
        );
      })}
    </section>
  );
}
