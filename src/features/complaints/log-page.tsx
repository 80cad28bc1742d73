// The complaint log of one business (/complaints): quick entry with the service
// recovery guide, and the complaints, open ones first by default.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { addComplaint, restoreComplaint, useComplaints } from '../../db/complaints';
import { isoDate } from '../../domain/calendar-date';
import { isPromiseOverdue, type Complaint } from '../../domain/complaints';
import { dateFromIso } from '../../domain/calendar-date';
import { MessageBar } from '../../ui/message-bar';
import { TextParts, isolate } from '../../ui/user-text';
import { useFormat } from '../../ui/use-format';
import { useCategoryNames } from '../../ui/use-category-names';
import { ComplaintForm } from './complaint-form';
import { ComplaintsHeader } from './complaints-header';
import { useBusiness } from './use-business';
import './complaints.css';
import { useErrorText } from '../../ui/use-error-text';

type Show = 'open' | 'all';
type Message = {
  text: string;
  error?: boolean;
  saved?: string;
  deleted?: Complaint;
};

export function LogPage() {
  const { t } = useTranslation(['complaints', 'common']);
  const errorText = useErrorText();
  const format = useFormat();
  const chosen = useBusiness();
  const location = useLocation();
  const navigate = useNavigate();
  const complaints = useComplaints(chosen.business);
  const names = useCategoryNames(complaints ?? []);
  const showId = useId();
  const [show, setShow] = useState<Show>('open');
  const [formOpen, setFormOpen] = useState(false);
  const [message, setMessage] = useState<Message | null>(() => {
    const deleted = (location.state as { deleted?: Complaint } | null)?.deleted;
    return deleted ? { text: t('log.deleted', { summary: deleted.summary }), deleted } : null;
  });
  const newButton = useRef<HTMLButtonElement>(null);

  // A deletion made on the complaint's own screen arrives here once; drop it from history
  // so a reload or Back does not offer the Undo again.
  useEffect(() => {
    if ((location.state as { deleted?: Complaint } | null)?.deleted)
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location, navigate]);

  const today = isoDate(new Date());
  const title = (business: string | null) =>
    business ? t('log.titleFor', { name: business }) : t('log.title');
  const loading =
    chosen.known === undefined || (chosen.business !== null && complaints === undefined);

  const onUndo = async (deleted: Complaint) => {
    try {
      await restoreComplaint(deleted);
      setMessage({ text: t('log.restored') });
    } catch (error) {
      setMessage({ text: t('log.actionFailed', { reason: errorText(error) }), error: true });
    }
  };

  const list = complaints ?? [];
  const open = list.filter((complaint) => complaint.status === 'open');
  const visible = show === 'open' ? open : list;
  const showForm = formOpen || (complaints !== undefined && list.length === 0);

  return (
    <div className="page complaints">
      <ComplaintsHeader chosen={chosen} title={title} intro={t('log.intro')} />

      <MessageBar
        className="complaints__status"
        message={message}
        undo={
          message?.deleted
            ? { label: t('log.undo'), onUndo: () => void onUndo(message.deleted!) }
            : undefined
        }
        dismissLabel={t('log.dismiss')}
        onDismiss={() => setMessage(null)}
      >
        {message?.saved && <Link to={`/complaints/${message.saved}`}>{t('log.details')}</Link>}
      </MessageBar>

      {loading ? (
        <p className="muted">{t('common:app.loading')}</p>
      ) : !chosen.business ? (
        <p className="notice">{t('business.prompt')}</p>
      ) : (
        <>
          {showForm ? (
            <ComplaintForm
              ownCategories={names.own}
              onCancel={
                list.length > 0
                  ? () => {
                      setFormOpen(false);
                      requestAnimationFrame(() => newButton.current?.focus());
                    }
                  : undefined
              }
              onSave={async (fields) => {
                if (!chosen.business) return;
                const id = await addComplaint(chosen.business, fields);
                setFormOpen(false);
                setShow(fields.fixedOnTheSpot ? 'all' : show);
                setMessage({ text: t('log.saved', { summary: fields.summary }), saved: id });
              }}
            />
          ) : (
            <p>
              <button
                ref={newButton}
                type="button"
                className="button button--primary"
                onClick={() => setFormOpen(true)}
              >
                {t('log.new')}
              </button>
            </p>
          )}

          <section aria-labelledby={`${showId}-title`} className="complaints__list-section">
            <h2 id={`${showId}-title`}>{t('log.listTitle')}</h2>
            {list.length === 0 ? (
              <p className="muted">{t('log.empty')}</p>
            ) : (
              <>
                <p className="muted">
                  {t('log.count', { count: list.length, open: format.integer(open.length) })}
                </p>
                <fieldset className="choice-group complaints__show">
                  <legend>{t('log.show')}</legend>
                  <div className="choice-group__options">
                    {(['open', 'all'] as const).map((value) => (
                      <label key={value} className="choice">
                        <input
                          type="radio"
                          name={`${showId}-show`}
                          value={value}
                          checked={show === value}
                          onChange={() => setShow(value)}
                        />
                        <span>{value === 'open' ? t('log.showOpen') : t('log.showAll')}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                {visible.length === 0 ? (
                  <p className="muted">{t('log.noneOpen')}</p>
                ) : (
                  <ul className="complaint-list">
                    {visible.map((complaint) => (
                      <li key={complaint.id} className="complaint-list__item">
                        <p className="complaint-list__summary" dir="auto">
                          {complaint.summary}
                        </p>
                        <p className="complaint-list__meta muted">
                          <TextParts
                            parts={[
                              t('log.received', { date: format.date(complaint.receivedAt) }),
                              t(`channels.${complaint.channel}`),
                              names.of(complaint),
                            ]}
                          />
                        </p>
                        <p className="complaint-list__badges">
                          <span className={`status-chip status-chip--${complaint.status}`}>
                            {t(`statuses.${complaint.status}`)}
                          </span>
                          {complaint.fixedOnTheSpot && (
                            <span className="tag">{t('log.fixedOnTheSpot')}</span>
                          )}
                          {complaint.promisedDate && complaint.status === 'open' && (
                            <span
                              className={
                                isPromiseOverdue(complaint, today) ? 'tag tag--overdue' : 'tag'
                              }
                            >
                              {isPromiseOverdue(complaint, today)
                                ? t('log.promiseOverdue', {
                                    date: format.date(
                                      dateFromIso(complaint.promisedDate).getTime(),
                                    ),
                                  })
                                : t('log.promisedFor', {
                                    date: format.date(
                                      dateFromIso(complaint.promisedDate).getTime(),
                                    ),
                                  })}
                            </span>
                          )}
                          {complaint.escalated && (
                            <span className="tag">
                              {complaint.escalatedTo
                                ? t('log.escalatedTo', { name: isolate(complaint.escalatedTo) })
                                : t('log.escalated')}
                            </span>
                          )}
                          {complaint.resolvedAt !== null && !complaint.fixedOnTheSpot && (
                            <span className="tag">
                              {t('log.resolvedOn', { date: format.date(complaint.resolvedAt) })}
                            </span>
                          )}
                        </p>
                        <Link
                          className="button button--small complaint-list__open"
                          to={`/complaints/${complaint.id}`}
                          aria-label={`${t('log.details')}: ${complaint.summary}`}
                        >
                          {t('log.details')}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
