// All assessments with filters, sorting, open / re-take / report / delete (with undo),
// and links to compare results and to the trend of a business.

import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createRetake, useAssessments } from '../../db/assessments';
import { deleteAssessment, restoreAssessment, type DeletedAssessment } from '../../db/history';
import type { Assessment } from '../../domain/assessment';
import { sameBusiness } from '../../domain/business';
import { businessesWithResults } from '../../domain/compare';
import {
  HISTORY_SORTS,
  businessChoices,
  filterAssessments,
  sortAssessments,
  type HistorySort,
  type StatusFilter,
} from '../../domain/history';
import { ITEM_IDS, answeredCount } from '../../domain/instrument';
import { TOTAL_MAX, scoreAnswers } from '../../domain/scoring';
import { currentLanguage } from '../../i18n/i18n';
import { BandChip } from '../../ui/band-chip';
import { ItemBoundary } from '../../ui/item-boundary';
import { MessageBar } from '../../ui/message-bar';
import { PageHeading } from '../../ui/page-heading';
import { useErrorText } from '../../ui/use-error-text';
import { useFormat } from '../../ui/use-format';
import { TextParts, UserText, isolate, sentence, useSeparator } from '../../ui/user-text';
import './history.css';

export function HistoryPage() {
  const { t } = useTranslation(['history', 'common', 'instrument']);
  const format = useFormat();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const assessments = useAssessments();
  const [business, setBusiness] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<HistorySort>('newest');
  const [deleted, setDeleted] = useState<DeletedAssessment | null>(null);
  const [message, setMessage] = useState<{ text: ReactNode; error?: boolean } | null>(null);
  const ids = { business: useId(), status: useId(), sort: useId() };
  const separator = useSeparator();

  if (!assessments) return <p className="page muted">{t('common:app.loading')}</p>;

  const nameOf = (a: Assessment) => a.businessName || t('noBusiness');
  const businesses = businessChoices(assessments, format.language);
  const trendBusinesses = businessesWithResults(assessments, 2);
  const hasTrend = (a: Assessment) => trendBusinesses.some((business) => sameBusiness(a, business));
  const completedCount = assessments.filter((a) => a.completedAt !== null).length;

  const visible = sortAssessments(
    filterAssessments(assessments, { business, status }),
    sort,
    format.language,
  );

  const onDelete = async (assessment: Assessment) => {
    try {
      const removed = await deleteAssessment(assessment.id);
      setDeleted(removed);
      setMessage({
        text: sentence((values) => t('deleted', values), {
          name: <UserText>{nameOf(assessment)}</UserText>,
          date: <UserText>{format.date(assessment.completedAt ?? assessment.createdAt)}</UserText>,
        }),
      });
    } catch (error) {
      setMessage({ text: t('actionFailed', { reason: errorText(error) }), error: true });
    }
  };

  const onUndo = async () => {
    if (!deleted) return;
    try {
      await restoreAssessment(deleted);
      setMessage({
        text: sentence((values) => t('restored', values), {
          name: <UserText>{nameOf(deleted.assessment)}</UserText>,
        }),
      });
      setDeleted(null);
    } catch (error) {
      setMessage({ text: t('actionFailed', { reason: errorText(error) }), error: true });
    }
  };

  const onRetake = async (assessment: Assessment) => {
    try {
      const id = await createRetake(assessment.id, currentLanguage());
      await navigate(`/a/${id}/survey/1`);
    } catch (error) {
      setMessage({ text: t('actionFailed', { reason: errorText(error) }), error: true });
    }
  };

  return (
    <div className="page history">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>

      <MessageBar
        className="history__status"
        message={message}
        undo={
          deleted && !message?.error ? { label: t('undo'), onUndo: () => void onUndo() } : undefined
        }
        dismissLabel={t('dismiss')}
        onDismiss={() => {
          setMessage(null);
          setDeleted(null);
        }}
      />

      {assessments.length === 0 ? (
        <p>
          {t('empty')} <Link to="/">{t('startNew')}</Link>
        </p>
      ) : (
        <>
          {completedCount >= 2 && (
            <p className="actions">
              <Link className="button" to="/compare">
                {t('compareLink')}
              </Link>
              {trendBusinesses.length > 0 && (
                <Link className="button" to="/trend">
                  {t('trendLink')}
                </Link>
              )}
            </p>
          )}
          <fieldset className="history__filters">
            <legend>{t('filters')}</legend>
            <div className="field">
              <label htmlFor={ids.business}>{t('business')}</label>
              <select
                id={ids.business}
                value={business}
                onChange={(event) => setBusiness(event.target.value)}
              >
                <option value="">{t('allBusinesses')}</option>
                {businesses.map(({ value, business: { businessName, context } }) => (
                  <option key={value} value={value}>
                    {[
                      businessName ? isolate(businessName) : t('noBusiness'),
                      context && isolate(context),
                    ]
                      .filter(Boolean)
                      .join(separator)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.status}>{t('status')}</label>
              <select
                id={ids.status}
                value={status}
                onChange={(event) => setStatus(event.target.value as StatusFilter)}
              >
                <option value="all">{t('allStatuses')}</option>
                <option value="inProgress">{t('statuses.inProgress')}</option>
                <option value="complete">{t('statuses.complete')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.sort}>{t('sort')}</label>
              <select
                id={ids.sort}
                value={sort}
                onChange={(event) => setSort(event.target.value as HistorySort)}
              >
                {HISTORY_SORTS.map((option) => (
                  <option key={option} value={option}>
                    {t(`sortOptions.${option}`)}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <p className="muted" aria-live="polite">
            {t('count', {
              shown: format.integer(visible.length),
              ofTotal: t('ofAssessments', { count: assessments.length }),
            })}
          </p>
          {visible.length === 0 ? (
            <p>{t('noMatch')}</p>
          ) : (
            <ul className="history-list">
              {visible.map((assessment) => (
                <ItemBoundary key={assessment.id} as="li">
                  {() => {
                    const score = scoreAnswers(assessment.answers);
                    const complete = assessment.completedAt !== null;
                    const name = nameOf(assessment);
                    const hidden = (
                      <span className="visually-hidden">
                        {': '}
                        <UserText>{name}</UserText>
                      </span>
                    );
                    return (
                      <li className="history-list__item card" data-testid="history-item">
                        <div className="history-list__main">
                          <h2 className="history-list__name">
                            <UserText>{name}</UserText>
                          </h2>
                          <p className="muted">
                            <TextParts
                              parts={[
                                assessment.respondent &&
                                  sentence((values) => t('respondent', values), {
                                    name: <UserText>{assessment.respondent}</UserText>,
                                  }),
                                assessment.context &&
                                  sentence((values) => t('context', values), {
                                    value: <UserText>{assessment.context}</UserText>,
                                  }),
                                complete
                                  ? t('completed', {
                                      date: format.date(assessment.completedAt ?? 0),
                                    })
                                  : t('started', { date: format.date(assessment.createdAt) }),
                              ]}
                            />
                          </p>
                          <p>
                            <span className={complete ? 'status status--complete' : 'status'}>
                              {complete ? t('statuses.complete') : t('statuses.inProgress')}
                            </span>{' '}
                            {score.total !== undefined && score.band ? (
                              <>
                                <BandChip band={score.band} />{' '}
                                {t('total', {
                                  score: format.score(score.total),
                                  max: format.integer(TOTAL_MAX),
                                })}
                              </>
                            ) : (
                              t('progress', {
                                answered: format.integer(answeredCount(assessment.answers)),
                                total: format.integer(ITEM_IDS.length),
                              })
                            )}
                          </p>
                        </div>
                        <div className="history-list__actions">
                          <Link
                            className="button button--small"
                            to={complete ? `/a/${assessment.id}/results` : `/a/${assessment.id}`}
                          >
                            {complete ? t('open') : t('continue')}
                            {hidden}
                          </Link>
                          {complete && (
                            <Link
                              className="button button--small"
                              to={`/a/${assessment.id}/report`}
                            >
                              {t('report')}
                              {hidden}
                            </Link>
                          )}
                          {complete && hasTrend(assessment) && (
                            <Link
                              className="button button--small"
                              to={`/trend?${new URLSearchParams(
                                assessment.context.trim()
                                  ? {
                                      business: assessment.businessName.trim(),
                                      context: assessment.context.trim(),
                                    }
                                  : { business: assessment.businessName.trim() },
                              )}`}
                            >
                              {t('trendLink')}
                              {hidden}
                            </Link>
                          )}
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => void onRetake(assessment)}
                          >
                            {t('retake')}
                            {hidden}
                          </button>
                          <button
                            type="button"
                            className="button button--small button--danger"
                            onClick={() => void onDelete(assessment)}
                          >
                            {t('delete')}
                            {hidden}
                          </button>
                        </div>
                      </li>
                    );
                  }}
                </ItemBoundary>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
