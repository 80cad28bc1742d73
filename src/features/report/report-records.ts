// What the report says about the business's own records (issue 17): the complaint log's
// last 90 days, the latest customer survey and the ranked top three problems, translated
// and formatted once, so the printed page (report-complaints.tsx) and "Download PDF"
// (report-pdf.ts) hold the same figures and wording.
import { useTranslation } from 'react-i18next';
import { useComplaints } from '../../db/complaints';
import { useRecordsSummary } from '../../db/records-summary';
import { useProblems } from '../../db/top-problems';
import { businessKey, type BusinessFields } from '../../domain/business';
import { dateFromIso } from '../../domain/calendar-date';
import { rankedCategories } from '../../domain/feedback-figures';
import { topProblems, type FREQUENCY_LEVELS } from '../../domain/top-problems';
import { useCategoryNames } from '../../ui/use-category-names';
import { useFormat } from '../../ui/use-format';

type Level = (typeof FREQUENCY_LEVELS)[number];

/** How many of the most frequent categories the summary names. */
const TOP_CATEGORIES = 3;

export type ReportRecords = {
  title: string;
  /** "Last 90 days". */
  windowTitle: string;
  facts: { key: string; term: string; value: string }[];
  topCategoriesLabel: string;
  /** The most frequent categories with their counts; an own category's name is typed. */
  topCategories: { name: string; count: string }[];
  latestSurveyLabel: string;
  /** The latest survey round: its date and its CSAT and NPS where it has them. */
  latestSurvey: { date: string; figures: { term: string; value: string }[] } | null;
  topProblemsTitle: string;
  noTopProblems: string;
  /** Column headings of the top three: rank, the problem, how often, what it costs. */
  topProblemsColumns: [string, string, string, string];
  /** The ranked top three problems as the owner wrote them, with their ratings. */
  topProblems: { id: string; rank: string; title: string; frequency: string; cost: string }[];
};

/**
 * The records of the report's business: null when it has none (or the audit names no
 * business), undefined while loading.
 */
export function useReportRecords(business: BusinessFields): ReportRecords | null | undefined {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const summary = useRecordsSummary(business);
  const named = businessKey(business) === null ? null : business;
  const problems = useProblems(named);
  const complaints = useComplaints(named);
  const names = useCategoryNames(complaints ?? []);
  if (summary === null) return null;
  if (!summary || !problems || !complaints) return undefined;
  if (summary.loggedEver === 0 && summary.surveyRounds === 0 && problems.length === 0) return null;

  const figures = summary.complaints;
  const none = t('figures.none');
  const share = (value: number | null) => (value === null ? none : format.percent(value));
  const survey = summary.latestSurvey;
  return {
    title: t('report.title'),
    windowTitle: t('report.summary', { days: format.integer(summary.windowDays) }),
    facts: [
      { key: 'count', term: t('report.complaints'), value: format.integer(figures.count) },
      { key: 'resolved', term: t('report.resolvedShare'), value: share(figures.resolvedShare) },
      {
        key: 'onTheSpot',
        term: t('report.fixedOnTheSpot'),
        value: share(figures.fixedOnTheSpotShare),
      },
      {
        key: 'median',
        term: t('report.median'),
        value:
          figures.medianDaysToResolve === null
            ? none
            : format.score(Math.round(figures.medianDaysToResolve * 10) / 10),
      },
      { key: 'open', term: t('report.openNow'), value: format.integer(summary.openNow) },
    ],
    topCategoriesLabel: t('report.topCategories'),
    topCategories: rankedCategories(figures.byCategory)
      .slice(0, TOP_CATEGORIES)
      .map((entry) => ({ name: names.ofKey(entry.key), count: format.integer(entry.count) })),
    latestSurveyLabel: t('report.latestSurvey'),
    latestSurvey: survey && {
      date: format.date(dateFromIso(survey.date).getTime()),
      figures: [
        ...(survey.csat === null
          ? []
          : [{ term: t('surveys.columns.csat'), value: format.percent(survey.csat / 100) }]),
        ...(survey.nps === null
          ? []
          : [{ term: t('surveys.columns.nps'), value: format.integer(Math.round(survey.nps)) }]),
      ],
    },
    topProblemsTitle: t('report.topProblems'),
    noTopProblems: t('report.noTopProblems'),
    topProblemsColumns: [
      '#',
      t('problems.problemTitle'),
      t('problems.frequency'),
      t('problems.cost'),
    ],
    // Ranked problems are rated on both scales (isRankable), so both levels are set.
    topProblems: topProblems(problems).map((problem, index) => ({
      id: problem.id,
      rank: format.integer(index + 1),
      title: problem.title,
      frequency:
        problem.frequency === null
          ? none
          : t(`problems.frequencyLevels.${problem.frequency as Level}`),
      cost: problem.cost === null ? none : t(`problems.costLevels.${problem.cost as Level}`),
    })),
  };
}
