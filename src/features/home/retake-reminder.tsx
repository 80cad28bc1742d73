// On Home: a reminder when the next audit planned in an action plan is due (in-app
// only). The database code loads after the first paint, like the assessment lists, and
// nothing here imports zod: Home is the first route and has a strict size budget.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { dateFromIso, isoDate } from '../../domain/calendar-date';
import { currentLanguage } from '../../i18n/i18n';
import { ItemBoundary } from '../../ui/item-boundary';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { TextParts, UserText, sentence } from '../../ui/user-text';

type Reminder = {
  assessmentId: string;
  businessName: string;
  context: string;
  nextAuditDate: string;
};

export function RetakeReminder() {
  const { t } = useTranslation(['plan', 'common']);
  const format = useFormat();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    import('../../db/action-plans')
      .then((module) => module.dueRetakeReminders(isoDate(new Date())))
      .then((due) => {
        if (active) setReminders(due);
      })
      .catch(() => {
        // No reminder is better than a broken Home; storage problems are reported elsewhere.
      });
    return () => {
      active = false;
    };
  }, []);

  if (reminders.length === 0) return null;

  const retake = async (assessmentId: string) => {
    setError(null);
    try {
      const [{ createRetake }, { setNextAuditDate }] = await Promise.all([
        import('../../db/assessments'),
        import('../../db/action-plans'),
      ]);
      const id = await createRetake(assessmentId, currentLanguage());
      // Acting on the reminder ends it, also for an unnamed audit, whose re-take is of
      // no business the rule can recognise (domain/business.ts).
      await setNextAuditDate(assessmentId, null);
      await navigate(`/a/${id}/survey/1`);
    } catch (reason) {
      setError(t('reminder.failed', { reason: errorText(reason) }));
    }
  };

  return (
    <section aria-labelledby="retake-reminder-title" className="notice retake-reminder">
      <h2 id="retake-reminder-title">{t('reminder.title')}</h2>
      <ul className="retake-reminder__list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {reminders.map((reminder) => {
          const parts = [reminder.businessName, reminder.context].filter(Boolean);
          const name = parts.length > 0 ? <TextParts parts={parts} /> : t('reminder.unnamed');
          return (
            <li key={reminder.assessmentId}>
              <ItemBoundary>
                <p>
                  {sentence((values) => t('reminder.body', values), {
                    name,
                    date: (
                      <UserText>
                        {format.date(dateFromIso(reminder.nextAuditDate).getTime())}
                      </UserText>
                    ),
                  })}
                </p>
                <div className="actions">
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void retake(reminder.assessmentId)}
                  >
                    {t('reminder.retake')}
                    <span className="visually-hidden">: {name}</span>
                  </button>
                  <Link className="button" to={`/a/${reminder.assessmentId}/plan`}>
                    {t('reminder.viewPlan')}
                    <span className="visually-hidden">: {name}</span>
                  </Link>
                </div>
              </ItemBoundary>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
