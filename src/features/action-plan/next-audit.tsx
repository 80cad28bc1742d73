// The date of the next audit: Home shows a reminder from that day on, and "Add to
// calendar" saves it as an .ics event for the person's own calendar. The date is picked
// in the reader's calendar (Solar Hijri in Persian). The form is react-hook-form with the
// domain's schema (a real date, today or later).
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dateFromIso } from '../../domain/calendar-date';
import { isNextAuditError, nextAuditFormSchema } from '../../domain/next-audit';
import { downloadCalendarEvent } from '../../ui/calendar-event';
import { Confirmation, useConfirmation } from '../../ui/confirmation';
import { DateField } from '../../ui/date-field';
import { useFormat } from '../../ui/use-format';
import { UserText, sentence } from '../../ui/user-text';

type Props = {
  assessmentId: string;
  businessName: string;
  current: string | null;
  suggested: string;
  today: string;
  onSave: (date: string | null) => Promise<void>;
};

export function NextAudit({
  assessmentId,
  businessName,
  current,
  suggested,
  today,
  onSave,
}: Props) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const id = useId();
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(nextAuditFormSchema(today)),
    defaultValues: { date: current ?? suggested },
    shouldFocusError: true,
  });
  const message = formState.errors.date?.message;
  const error = isNextAuditError(message) ? message : null;
  const confirmation = useConfirmation();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  const addToCalendar = async (date: string) => {
    const fileName = `centricity-next-audit-${date}.ics`;
    try {
      await downloadCalendarEvent(fileName, {
        uid: `next-audit-${assessmentId}@centricity`,
        date,
        title: businessName
          ? t('nextAudit.calendarTitleFor', { name: businessName })
          : t('nextAudit.calendarTitle'),
        description: t('nextAudit.calendarDescription'),
        url: `${window.location.origin}/a/${assessmentId}/plan`,
      });
      confirmation.show(
        sentence((values) => t('nextAudit.calendarSaved', values), {
          file: <UserText dir="ltr">{fileName}</UserText>,
        }),
      );
    } catch (reason) {
      confirmation.show(
        t('nextAudit.calendarFailed', {
          reason: reason instanceof Error ? reason.message : String(reason),
        }),
        'error',
      );
    }
  };

  return (
    <section className="card next-audit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('nextAudit.title')}</h2>
      <p data-testid="next-audit-current">
        {current
          ? sentence((values) => t('nextAudit.current', values), {
              date: <UserText>{format.date(dateFromIso(current).getTime())}</UserText>,
            })
          : t('nextAudit.none')}
      </p>
      {current && (
        <p>
          <button type="button" className="button" onClick={() => void addToCalendar(current)}>
            {t('nextAudit.addToCalendar')}
          </button>
        </p>
      )}
      <Confirmation shown={confirmation.shown} />
      <form noValidate onSubmit={handleSubmit(({ date }) => onSave(date))}>
        <Controller
          control={control}
          name="date"
          render={({ field }) => (
            <DateField
              id={id}
              legend={t('nextAudit.label')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              min={today}
              invalid={error !== null}
              describedBy={error ? `${hintId} ${errorId}` : hintId}
            />
          )}
        />
        <p className="field__hint" id={hintId}>
          {t('nextAudit.hint')}
        </p>
        {error && (
          <p className="field__error" id={errorId}>
            {t(`nextAudit.${error}`)}
          </p>
        )}
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
