// The complaint log, customer surveys and top three problems in the printed report
// (issue 17): the last 90 days of complaints, the latest survey round and the ranked top
// three. Renders nothing for a business without such records.
import { useTranslation } from 'react-i18next';
import { useComplaints } from '../../db/complaints';
import { businessKey, type BusinessFields } from '../../domain/business';
import { useRecordsSummary } from '../../db/records-summary';
import { useProblems } from '../../db/top-problems';
import { dateFromIso } from '../../domain/calendar-date';
import { rankedCategories } from '../../domain/feedback-figures';
import { topProblems } from '../../domain/top-problems';
import { useCategoryNames } from '../../ui/use-category-names';
import { useFormat } from '../../ui/use-format';

export function ReportComplaints({ business }: { business: BusinessFields }) {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const summary = useRecordsSummary(business);
  const named = businessKey(business) === null ? null : business;
  const problems = useProblems(named);
  const complaints = useComplaints(named);
  const names = useCategoryNames(complaints ?? []);
  if (!summary || !problems || !complaints) return null;
  if (summary.loggedEver === 0 && summary.surveyRounds === 0 && problems.length === 0) return null;

  const figures = summary.complaints;
  const none = t('figures.none');
  const share = (value: number | null) => (value === null ? none : format.percent(value));
  const top = topProblems(problems);
  const survey = summary.latestSurvey;
  const facts: [string, string][] = [
    [t('report.complaints'), format.integer(figures.count)],
    [t('report.resolvedShare'), share(figures.resolvedShare)],
    [t('report.fixedOnTheSpot'), share(figures.fixedOnTheSpotShare)],
    [
      t('report.median'),
      figures.medianDaysToResolve === null
        ? none
        : format.score(Math.round(figures.medianDaysToResolve * 10) / 10),
    ],
    [t('report.openNow'), format.integer(summary.openNow)],
  ];
  const categories = rankedCategories(figures.byCategory).slice(0, 3);

  return (
    <section className="report-complaints" aria-labelledby="report-complaints-title">
      <h2 id="report-complaints-title">{t('report.title')}</h2>
      <h3>{t('report.summary', { days: format.integer(summary.windowDays) })}</h3>
      <dl className="report__details report-complaints__facts">
        {facts.map(([term, value]) => (
          <div key={term} className="report__detail">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {categories.length > 0 && (
        <p>
          <span className="report__label">{t('report.topCategories')}:</span>{' '}
          {categories
            .map((entry) => `${names.ofKey(entry.key)} (${format.integer(entry.count)})`)
            .join(', ')}
        </p>
      )}
      {survey && (
        <p>
          <span className="report__label">{t('report.latestSurvey')}:</span>{' '}
          {format.date(dateFromIso(survey.date).getTime())}
          {survey.csat !== null && (
            <>
              {' · '}
              <bdi>{t('context.csat', { value: format.integer(Math.round(survey.csat)) })}</bdi>
            </>
          )}
          {survey.nps !== null && (
            <>
              {' · '}
              <bdi>{t('context.nps', { value: format.integer(Math.round(survey.nps)) })}</bdi>
            </>
          )}
        </p>
      )}
      <h3>{t('report.topProblems')}</h3>
      {top.length === 0 ? (
        <p className="muted">{t('report.noTopProblems')}</p>
      ) : (
        <ol>
          {top.map((problem) => (
            <li key={problem.id} dir="auto">
              {problem.title}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
