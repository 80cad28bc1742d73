// The date of the next audit: Home shows a reminder from that day on.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFromIso, isRealDate } from '../../domain/calendar-date';
import { useFormat } from '../../ui/use-format';

type Props = {
  current: string | null;
  suggested: string;
  today: string;
  onSave: (date: string | null) => Promise<void>;
};

export function NextAudit({ current, suggested, today, onSave }: Props) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const id = useId();
  const [value, setValue] = useState(current ?? suggested);
  const [error, setError] = useState<'past' | 'invalid' | null>(null);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <section className="card next-audit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('nextAudit.title')}</h2>
      <p>
        {current
          ? t('nextAudit.current', { date: format.date(dateFromIso(current).getTime()) })
          : t('nextAudit.none')}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problem = !isRealDate(value) ? 'invalid' : value < today ? 'past' : null;
          setError(problem);
          if (problem) {
            document.getElementById(id)?.focus();
            return;
          }
          void onSave(value);
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('nextAudit.label')}</label>
          <p className="field__hint" id={hintId}>
            {t('nextAudit.hint')}
          </p>
          <input
            id={id}
            type="date"
            min={today}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          />
          {error && (
            <p className="field__error" id={errorId}>
              {t(`nextAudit.${error}`)}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('nextAudit.save')}
          </button>
          {current && (
            <button type="button" className="button" onClick={() => void onSave(null)}>
              {t('nextAudit.clear')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
