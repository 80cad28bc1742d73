// Optional notes per section on the Results screen. Each note is saved through the
// repository shortly after typing stops, when the field loses focus, and when the page
// is left; the text stays in the field until the save is confirmed, so nothing is lost.

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSectionNote } from '../../db/history';
import { MAX_NOTE_LENGTH, type Assessment } from '../../domain/assessment';
import { SECTION_IDS, type SectionId } from '../../domain/instrument';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import './section-notes.css';

const SAVE_DELAY_MS = 600;

type Status = 'idle' | 'saving' | 'saved' | 'failed';

function NoteField({
  assessmentId,
  sectionId,
  initial,
}: {
  assessmentId: string;
  sectionId: SectionId;
  initial: string;
}) {
  const { t } = useTranslation(['report', 'instrument', 'common']);
  const format = useFormat();
  const id = useId();
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<Status>('idle');
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus('saving');
    try {
      await saveSectionNote(assessmentId, sectionId, value);
      // A newer edit may be waiting; only report "saved" for the latest text.
      if (pending.current === null) setStatus('saved');
    } catch (error) {
      if (pending.current === null) pending.current = value;
      setFailure(error);
      setStatus('failed');
    }
  }, [assessmentId, sectionId]);

  // Save what is pending when the page is hidden or the component goes away.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const tooLong = text.length > MAX_NOTE_LENGTH;
  const sectionName = t(`instrument:sections.${sectionId}.name`);
  return (
    <div className="field section-note">
      <label htmlFor={id}>{t('notes.label', { section: sectionName })}</label>
      <textarea
        id={id}
        rows={3}
        dir="auto"
        value={text}
        data-section={sectionId}
        aria-describedby={`${id}-status`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          if (value.length > MAX_NOTE_LENGTH) {
            clearTimeout(timer.current);
            pending.current = null;
            return;
          }
          pending.current = value;
          setStatus('idle');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
        }}
        onBlur={() => void flush()}
      />
      <p id={`${id}-status`} className="field__hint section-note__status" aria-live="polite">
        {tooLong && (
          <span className="field__error">
            {t('notes.tooLong', { max: format.integer(MAX_NOTE_LENGTH) })}
          </span>
        )}
        {!tooLong && status === 'saving' && t('notes.saving')}
        {!tooLong && status === 'saved' && t('notes.saved')}
        {!tooLong && status === 'failed' && (
          <span className="field__error" role="alert">
            {t('notes.failed', { reason: errorText(failure) })}{' '}
            <button type="button" className="button button--small" onClick={() => void flush()}>
              {t('notes.retry')}
            </button>
          </span>
        )}
      </p>
    </div>
  );
}

/** Folded away until asked for, so the results lead to the next steps, not to seven boxes. */
export function SectionNotes({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('report');
  const written = SECTION_IDS.filter((sectionId) => assessment.notes[sectionId]?.trim()).length;
  return (
    <details className="section-notes card" data-testid="section-notes">
      <summary>
        <h2 id="section-notes-title" className="section-notes__title">
          {t('notes.title')}
        </h2>
        <span className="muted section-notes__count">
          {written === 0 ? t('notes.noneWritten') : t('notes.written', { count: written })}
        </span>
      </summary>
      <p className="muted">{t('notes.intro')}</p>
      {SECTION_IDS.map((sectionId) => (
        <NoteField
          // A different assessment starts fresh fields; live updates of the same one do
          // not overwrite what is being typed.
          key={`${assessment.id}-${sectionId}`}
          assessmentId={assessment.id}
          sectionId={sectionId}
          initial={assessment.notes[sectionId] ?? ''}
        />
      ))}
    </details>
  );
}
