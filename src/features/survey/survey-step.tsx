// One section of the audit: its statements on the 1–5 scale. Each answer is written to
// the database the moment it is given; until the write commits it shows as pending, and
// a failed write stays visible as unsaved, says what went wrong and what to do, and can
// be retried; leaving the page with unsaved answers asks for confirmation.

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveAnswer } from '../../db/assessments';
import { toStorageError } from '../../db/storage-errors';
import type { Answers, AnswerValue, ItemId, Section } from '../../domain/instrument';
import { ITEM_IDS } from '../../domain/instrument';
import { ScaleRadioGroup } from '../../ui/scale-radio-group';
import { useFormat } from '../../ui/use-format';

type Props = {
  assessmentId: string;
  section: Section;
  answers: Answers;
  /** When resuming: the statement to bring into view and focus. */
  focusItem?: ItemId | undefined;
};

type Failure = { value: AnswerValue; message: string };

export function SurveyStep({ assessmentId, section, answers, focusItem }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusItem) return;
    const input = container.current?.querySelector<HTMLInputElement>(`input[name="${focusItem}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  }, [focusItem]);
  const { t } = useTranslation(['common', 'instrument', 'storage']);
  const format = useFormat();
  const [pending, setPending] = useState<Partial<Record<ItemId, AnswerValue>>>({});
  const [failures, setFailures] = useState<Partial<Record<ItemId, Failure>>>({});

  const answer = useCallback(
    async (itemId: ItemId, value: AnswerValue) => {
      setPending((current) => ({ ...current, [itemId]: value }));
      try {
        await saveAnswer(assessmentId, itemId, value);
        setFailures((current) => {
          const { [itemId]: _removed, ...rest } = current;
          return rest;
        });
      } catch (error) {
        const storageError = toStorageError(error);
        setFailures((current) => ({
          ...current,
          [itemId]: { value, message: t(`storage:errors.${storageError.kind}`) },
        }));
      }
    },
    [assessmentId, t],
  );

  // Closing or reloading the tab would drop answers that are only on screen.
  const hasUnsaved = Object.keys(failures).length > 0;
  useEffect(() => {
    if (!hasUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsaved]);

  // A pending answer is shown until the live query delivers the committed value, so the
  // choice never flickers back while the write is in flight.
  useEffect(() => {
    setPending((current) => {
      const settled = Object.entries(current).filter(
        ([itemId, value]) => answers[itemId as ItemId] === value,
      );
      if (settled.length === 0) return current;
      const next = { ...current };
      for (const [itemId] of settled) delete next[itemId as ItemId];
      return next;
    });
  }, [answers]);

  const labels = {
    1: t('instrument:scale.1'),
    2: t('instrument:scale.2'),
    3: t('instrument:scale.3'),
    4: t('instrument:scale.4'),
    5: t('instrument:scale.5'),
  } as const;

  return (
    <div className="survey-step" ref={container}>
      {section.itemIds.map((itemId) => {
        const failure = failures[itemId];
        const number = ITEM_IDS.indexOf(itemId) + 1;
        return (
          <div key={itemId} className="survey-step__item">
            <ScaleRadioGroup
              name={itemId}
              number={format.integer(number)}
              legend={t(`instrument:items.${itemId}`)}
              value={pending[itemId] ?? answers[itemId]}
              labels={labels}
              formatValue={format.integer}
              onChange={(value) => void answer(itemId, value)}
              status={failure ? 'unsaved' : undefined}
              statusText={failure ? t('storage:unsaved', { reason: failure.message }) : undefined}
            />
            {failure && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void answer(itemId, failure.value)}
              >
                {t('storage:retryItem', { number: format.integer(number) })}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
