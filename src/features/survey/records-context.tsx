// Next to the feedback and accessibility statements: what the business's own complaint
// log and survey results say (issue 17), so the owner answers from facts. It is context
// only: nothing here picks or suggests an answer.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecordsSummary } from '../../db/records-summary';
import { businessLabel, type BusinessFields } from '../../domain/business';
import { dateFromIso } from '../../domain/calendar-date';
import { isolate } from '../../ui/user-text';
import { useFormat } from '../../ui/use-format';
import './records-context.css';

export function RecordsContext({ business }: { business: BusinessFields }) {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const summary = useRecordsSummary(business);
  if (summary === undefined) return null;
  const label = businessLabel(business);
  const query = new URLSearchParams({ business: label.businessName });
  if (label.context) query.set('context', label.context);
  const logLink = `/complaints?${query.toString()}`;

  // A log needs a business name: an audit without one has nothing to link to.
  if (summary === null || label.businessName === '')
    return (
      <aside className="records-context" aria-label={t('context.title')}>
        <p className="muted">{t('context.unnamed')}</p>
      </aside>
    );
  if (summary.loggedEver === 0 && summary.surveyRounds === 0)
    return (
      <aside className="records-context" aria-label={t('context.title')}>
        <p>{t('context.noLog')}</p>
        <Link to={logLink}>{t('context.startLog')}</Link>
      </aside>
    );

  const { complaints, latestSurvey } = summary;
  const days = format.integer(summary.windowDays);
  // Each figure mixes a Latin name with the language's digits: isolated, so Persian
  // keeps "CSAT ۸۸٪" together, and joined the way the language lists things.
  const figures = latestSurvey
    ? new Intl.ListFormat(format.language, { style: 'short', type: 'unit' }).format(
        [
          latestSurvey.csat !== null
            ? t('context.csat', { value: format.integer(Math.round(latestSurvey.csat)) })
            : null,
          latestSurvey.nps !== null
            ? t('context.nps', { value: format.integer(Math.round(latestSurvey.nps)) })
            : null,
        ].flatMap((text) => (text ? [isolate(text)] : [])),
      )
    : '';
  return (
    <aside className="records-context" aria-labelledby="records-context-title">
      <h2 id="records-context-title" className="records-context__title">
        {t('context.title')}
      </h2>
      <ul className="records-context__facts">
        <li>
          {complaints.count === 0
            ? t('context.noRecent', { days })
            : t('context.complaints', {
                count: complaints.count,
                days,
                resolved: format.integer(complaints.resolved),
              })}
          {complaints.medianDaysToResolve !== null &&
            ` ${t('context.median', {
              value: format.score(Math.round(complaints.medianDaysToResolve * 10) / 10),
            })}`}
        </li>
        {summary.openNow > 0 && <li>{t('context.open', { count: summary.openNow })}</li>}
        <li>
          {latestSurvey
            ? t('context.survey', {
                date: format.date(dateFromIso(latestSurvey.date).getTime()),
                figures,
              })
            : t('context.noSurvey')}
        </li>
      </ul>
      <p className="records-context__note muted">{t('context.note')}</p>
      <Link to={logLink}>{t('context.openLog')}</Link>
    </aside>
  );
}
