// Results that arrived again with other answers (issue 12: duplicates are decided by
// content): nothing was changed for them; the trainer chooses, for all of them at once,
// whether the new answers replace the ones in the workshop or the current ones stay.
// Used wherever results are added to a workshop (workshop page, shared link); the
// caller passes the write, which lives in db/.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreAnswers } from '../domain/scoring';
import type { ParticipantConflict } from '../domain/workshop';
import { ItemBoundary } from './item-boundary';
import { useErrorText } from './use-error-text';
import { useFormat } from './use-format';

type Props = {
  conflicts: readonly ParticipantConflict[];
  /** Writes the incoming answers over the current ones; resolves to how many changed. */
  useIncoming: (conflicts: readonly ParticipantConflict[]) => Promise<number>;
  /** Called with what happened, once the trainer has chosen. */
  onResolved: (message: string) => void;
};

export function ParticipantConflicts({ conflicts, useIncoming: write, onResolved }: Props) {
  const { t } = useTranslation('workshop');
  const format = useFormat();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const total = (answers: ParticipantConflict['current']['answers']) => {
    const score = scoreAnswers(answers);
    return score.total === undefined ? '—' : format.score(score.total);
  };

  const chooseIncoming = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const count = await write(conflicts);
      onResolved(t('conflicts.replaced', { count }));
    } catch (error) {
      setFailure(t('conflicts.failed', { reason: errorText(error) }));
      setBusy(false);
    }
  };

  return (
    <section className="notice notice--warning conflicts" data-testid="participant-conflicts">
      <h3 ref={heading} tabIndex={-1}>
        {t('conflicts.title', { count: conflicts.length })}
      </h3>
      <p>{t('conflicts.hint')}</p>
      <ul>
        {conflicts.map((conflict, index) => (
          <li key={`${conflict.fingerprint}-${index}`}>
            <ItemBoundary>
              {t('conflicts.line', {
                label:
                  conflict.incoming.label ??
                  conflict.current.label ??
                  t('conflicts.unnamed', { id: conflict.fingerprint.slice(-6) }),
                current: total(conflict.current.answers),
                incoming: total(conflict.incoming.answers),
              })}
            </ItemBoundary>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void chooseIncoming()}
        >
          {t('conflicts.useIncoming')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onResolved(t('conflicts.kept'))}
        >
          {t('conflicts.keepCurrent')}
        </button>
      </div>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
