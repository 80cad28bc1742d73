// The plan's goals: what, target, owner, due date and a status the user can change.
// "Edit" opens the goal form in place of the goal's facts; focus moves into the form and,
// after saving or cancelling, back to the goal's Edit button.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../domain/action-plan';
import { dateFromIso } from '../../domain/calendar-date';
import { reveal as revealElement } from '../../ui/confirmation';
import { useFormat } from '../../ui/use-format';
import { ItemBoundary } from '../../ui/item-boundary';
import { UserText, sentence } from '../../ui/user-text';
import { GoalForm, type GoalFormResult } from './goal-form';

/** A goal to bring into view and focus; `added` also marks it as just added. */
export type GoalToReveal = { goalId: string; added: boolean; key: number };

type Props = {
  goals: readonly Goal[];
  reveal?: GoalToReveal | null;
  today: string;
  onStatusChange: (goal: Goal, status: GoalStatus) => void;
  onRemove: (goal: Goal) => void;
  /** Saves an edited goal; a rejection is shown in the form, which stays open. */
  onEdit: (goal: Goal, values: GoalFormResult) => Promise<void>;
  /** Where "Make it a service standard" leads for a goal; no link when absent. */
  standardLink?: (goal: Goal) => string;
};

export function GoalList({
  goals,
  reveal,
  today,
  onStatusChange,
  onRemove,
  onEdit,
  standardLink,
}: Props) {
  const { t } = useTranslation(['plan', 'instrument']);
  const format = useFormat();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [focusAfterEdit, setFocusAfterEdit] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const headings = useRef(new Map<string, HTMLHeadingElement>());

  // A new (or asked-for) goal may be far from where the person is: scroll to it and
  // move focus there, so the answer to "Add goal" is seen, not only announced. The live
  // list may show the new goal a moment after the save resolves, so each reveal waits
  // until its goal is rendered, and happens once.
  const revealKey = reveal?.key;
  const revealId = reveal?.goalId;
  const revealedKey = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (revealKey === undefined || revealId === undefined) return;
    if (revealedKey.current === revealKey) return;
    const heading = headings.current.get(revealId);
    if (!heading) return;
    revealedKey.current = revealKey;
    revealElement(heading);
  }, [revealKey, revealId, goals]);

  useEffect(() => {
    if (focusAfterEdit === null) return;
    editButtons.current.get(focusAfterEdit)?.focus();
    setFocusAfterEdit(null);
  }, [focusAfterEdit]);

  const closeEditor = (goalId: string) => {
    setEditingId(null);
    setFocusAfterEdit(goalId);
  };

  if (goals.length === 0) return <p className="muted">{t('goals.empty')}</p>;
  const done = goals.filter((goal) => goal.status === 'done').length;
  return (
    <>
      <p>{t('goals.summary', { count: goals.length, done: format.integer(done) })}</p>
      <ul className="goal-list">
        {goals.map((goal) => (
          <ItemBoundary key={goal.id} as="li">
            {() => {
              const overdue = goal.status !== 'done' && goal.dueDate < today;
              const justAdded = reveal?.added === true && reveal.goalId === goal.id;
              const statusId = `goal-status-${goal.id}`;
              return (
                <li
                  className={`goal-card goal-card--${goal.status}${justAdded ? ' goal-card--added' : ''}`}
                  data-testid="goal-card"
                >
                  <h3
                    className="goal-card__what"
                    tabIndex={-1}
                    ref={(element) => {
                      if (element) headings.current.set(goal.id, element);
                      else headings.current.delete(goal.id);
                    }}
                    aria-describedby={justAdded ? `goal-added-${goal.id}` : undefined}
                  >
                    <UserText>{goal.what}</UserText>
                  </h3>
                  {justAdded && (
                    <p className="goal-card__added" id={`goal-added-${goal.id}`}>
                      <span className="confirmation__mark" aria-hidden="true" />
                      {t('goals.justAdded')}
                    </p>
                  )}
                  {editingId === goal.id ? (
                    <GoalForm
                      idPrefix={`goal-edit-${goal.id}`}
                      today={today}
                      sectionId={goal.sectionId}
                      sectionFixed={goal.adviceId !== null}
                      initial={goal}
                      title={t('form.editTitle')}
                      headingLevel={4}
                      onCancel={() => closeEditor(goal.id)}
                      onSave={async (values) => {
                        await onEdit(goal, values);
                        closeEditor(goal.id);
                      }}
                    />
                  ) : (
                    <>
                      <dl className="goal-card__facts">
                        <div>
                          <dt>{t('goals.target')}</dt>
                          <dd>
                            {/* One isolate for number and unit: a Latin unit reads left to
                            right after its number even in Persian. */}
                            <UserText data-testid="goal-target">
                              {t('target', {
                                value: format.score(goal.targetValue),
                                unit: goal.targetUnit,
                              })}
                            </UserText>
                          </dd>
                        </div>
                        {goal.owner && (
                          <div>
                            <dt>{t('goals.owner')}</dt>
                            <dd>
                              <UserText>{goal.owner}</UserText>
                            </dd>
                          </div>
                        )}
                        <div>
                          <dt>{t('goals.due')}</dt>
                          <dd>
                            <UserText>{format.date(dateFromIso(goal.dueDate).getTime())}</UserText>
                            {overdue && (
                              <strong className="goal-card__overdue">
                                {' '}
                                ({t('goals.overdue')})
                              </strong>
                            )}
                          </dd>
                        </div>
                        <div>
                          <dt>{t('goals.section')}</dt>
                          <dd>{t(`instrument:sections.${goal.sectionId}.name`)}</dd>
                        </div>
                      </dl>
                      <div className="goal-card__controls">
                        <label htmlFor={statusId} className="visually-hidden">
                          {sentence((values) => t('goals.statusFor', values), {
                            what: <UserText>{goal.what}</UserText>,
                          })}
                        </label>
                        <select
                          id={statusId}
                          value={goal.status}
                          onChange={(event) =>
                            onStatusChange(goal, event.target.value as GoalStatus)
                          }
                        >
                          {GOAL_STATUSES.map((status) => (
                            <option key={status} value={status}>
                              {t(`status.${status}`)}
                            </option>
                          ))}
                        </select>
                        <button
                          type="button"
                          className="button"
                          ref={(element) => {
                            if (element) editButtons.current.set(goal.id, element);
                            else editButtons.current.delete(goal.id);
                          }}
                          onClick={() => setEditingId(goal.id)}
                        >
                          {t('goals.edit')}
                          <span className="visually-hidden">
                            {' '}
                            <UserText>{goal.what}</UserText>
                          </span>
                        </button>
                        <button
                          type="button"
                          className="button button--danger"
                          onClick={() => onRemove(goal)}
                        >
                          {t('goals.remove')}
                          <span className="visually-hidden">
                            {' '}
                            <UserText>{goal.what}</UserText>
                          </span>
                        </button>
                        {standardLink && (
                          <Link className="goal-card__standard" to={standardLink(goal)}>
                            {t('goals.toStandard')}
                            <span className="visually-hidden">
                              {' '}
                              <UserText>{goal.what}</UserText>
                            </span>
                          </Link>
                        )}
                      </div>
                    </>
                  )}
                </li>
              );
            }}
          </ItemBoundary>
        ))}
      </ul>
    </>
  );
}
