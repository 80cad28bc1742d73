// One complaint (/complaints/:id): where it stands, the service recovery steps (each
// tick saved at once), close or reopen, every field of the log to fill in or change,
// and delete (the log offers Undo).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  closeComplaint,
  deleteComplaint,
  reopenComplaint,
  setRecoveryStep,
  updateComplaint,
  useComplaint,
  useComplaints,
} from '../../db/complaints';
import { toLocalDateTime } from '../../domain/complaint-form';
import { daysToResolve, type ComplaintFields } from '../../domain/complaints';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import { TextParts, useSeparator } from '../../ui/user-text';
import { useCategoryNames } from '../../ui/use-category-names';
import { ComplaintForm } from './complaint-form';
import { RecoveryGuide } from './recovery-guide';
import { businessQuery } from './use-business';
import './complaints.css';

export function ComplaintPage() {
  const { id } = useParams();
  const { t } = useTranslation(['complaints', 'common']);
  const format = useFormat();
  const separator = useSeparator();
  const navigate = useNavigate();
  const complaint = useComplaint(id);
  const sameBusiness = useComplaints(complaint);
  const names = useCategoryNames(sameBusiness ?? []);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (complaint === undefined) return <p className="page muted">{t('common:app.loading')}</p>;
  if (complaint === null)
    return (
      <div className="page page--narrow">
        <PageHeading>{t('detail.title')}</PageHeading>
        <p>{t('detail.notFound')}</p>
        <Link to="/complaints">{t('detail.back')}</Link>
      </div>
    );

  const logLink = `/complaints${businessQuery(complaint)}`;
  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await action();
      setAnnouncement(done);
    } catch (reason) {
      setError(t('log.actionFailed', { reason: reason instanceof Error ? reason.message : '' }));
    }
  };
  const days = daysToResolve(complaint);

  const onSave = async (fields: ComplaintFields) => {
    await updateComplaint(complaint.id, {
      ...fields,
      // Ticks are saved one by one; a minute-precise time field keeps the stored time.
      recoverySteps: complaint.recoverySteps,
      receivedAt:
        toLocalDateTime(fields.receivedAt) === toLocalDateTime(complaint.receivedAt)
          ? complaint.receivedAt
          : fields.receivedAt,
    });
    setAnnouncement(t('detail.saved'));
  };

  const onDelete = async () => {
    try {
      const deleted = await deleteComplaint(complaint.id);
      await navigate(logLink, { state: { deleted } });
    } catch (reason) {
      setError(t('log.actionFailed', { reason: reason instanceof Error ? reason.message : '' }));
    }
  };

  return (
    <div className="page page--narrow complaints complaint-page">
      <p>
        <Link to={logLink}>{t('detail.back')}</Link>
      </p>
      <PageHeading className="complaint-page__title">
        <span dir="auto">{complaint.summary}</span>
      </PageHeading>
      <p className="muted">
        <TextParts
          parts={[
            complaint.businessName,
            t('log.received', { date: format.date(complaint.receivedAt) }),
            t(`channels.${complaint.channel}`),
            names.of(complaint),
          ]}
        />
      </p>
      <div className="complaint-page__status card">
        <p>
          <span className={`status-chip status-chip--${complaint.status}`}>
            {t(`statuses.${complaint.status}`)}
          </span>{' '}
          {complaint.resolvedAt !== null && (
            <span>
              {t('log.resolvedOn', { date: format.date(complaint.resolvedAt) })}
              {days !== null &&
                `${separator}${days < 1 ? t('detail.sameDay') : t('detail.daysToResolve', { days: format.score(Math.round(days * 10) / 10) })}`}
            </span>
          )}
        </p>
        <div className="actions">
          {complaint.status === 'open' ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void run(() => closeComplaint(complaint.id), t('detail.closed'))}
            >
              {t('detail.close')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => void run(() => reopenComplaint(complaint.id), t('detail.reopened'))}
            >
              {t('detail.reopen')}
            </button>
          )}
          <button type="button" className="button button--danger" onClick={() => void onDelete()}>
            {t('detail.delete')}
          </button>
        </div>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <RecoveryGuide
        checked={complaint.recoverySteps}
        onToggle={(step, done) =>
          void run(
            () => setRecoveryStep(complaint.id, step, done),
            t(done ? 'guide.stepSaved' : 'guide.stepCleared', {
              step: t(`guide.steps.${step}.name`),
            }),
          )
        }
      />

      <section className="complaint-page__details" aria-labelledby="complaint-details-title">
        <h2 id="complaint-details-title">{t('detail.editTitle')}</h2>
        <ComplaintForm
          key={complaint.id}
          initial={complaint}
          ownCategories={names.own}
          onSave={onSave}
        />
      </section>
    </div>
  );
}
