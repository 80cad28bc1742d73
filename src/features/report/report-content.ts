// Everything the report says, translated and formatted once: the printed page renders it
// with React and "Download PDF" lays the same content out as a PDF, so both always hold
// the same fields, figures and wording.
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '../../domain/action-plan';
import { dateFromIso } from '../../domain/calendar-date';
import type { AdviceId } from '../../domain/advice';
import type { Assessment } from '../../domain/assessment';
import { SECTIONS, SECTION_IDS, type SectionId } from '../../domain/instrument';
import { prioritiseSections } from '../../domain/priorities';
import {
  TOTAL_MAX,
  scoreAnswers,
  weakestSections,
  type Band,
  type Score,
} from '../../domain/scoring';
import { useFormat } from '../../ui/use-format';
import { useReportRecords, type ReportRecords } from './report-records';

/** How many sections "What to do first" lists, and how many actions for each. */
const PRIORITY_SECTIONS = 3;
const ACTIONS_PER_SECTION = 2;

type ReportDetail = {
  key: 'business' | 'respondent' | 'context' | 'instructor' | 'studentId' | 'date' | 'language';
  term: string;
  value: string;
};

export type ReportContent = {
  language: string;
  rtl: boolean;
  title: string;
  /** Name, course and date: repeated at the top of every printed page. */
  runningHeader: string;
  runningHeaderParts: string[];
  /** The language's separator between short pieces (not "·" in Persian, where it reads as zero). */
  separator: string;
  /** "Page {{page}} of {{pages}}" with the two numbers left as placeholders. */
  pageOf: (page: string, pages: string) => string;
  formatInteger: (value: number) => string;
  formatScore: (value: number) => string;
  details: ReportDetail[];
  score: Score & { total: number; band: Band };
  verdict: {
    title: string;
    totalLabel: string;
    total: string;
    outOf: string;
    bandLabel: string;
    bandName: string;
    meaning: string;
  };
  charts: {
    scaleTitle: string;
    radarTitle: string;
    zoneLabels: Record<Band, string>;
    sectionNames: Record<SectionId, string>;
  };
  sectionTable: {
    caption: string;
    columns: [string, string, string];
    weakLabel: string;
    rows: { sectionId: SectionId; name: string; size: string; average: string; weak: boolean }[];
  };
  priorities: {
    title: string;
    intro: string;
    items: { sectionId: SectionId; heading: string; actions: string[] }[];
  };
  notes: {
    title: string;
    empty: string;
    items: { sectionId: SectionId; heading: string; text: string }[];
  };
  plan?: {
    title: string;
    caption: string;
    columns: [string, string, string, string, string, string];
    rows: {
      id: string;
      what: string;
      section: string;
      target: string;
      owner: string;
      due: string;
      status: string;
    }[];
    nextAudit?: string;
  };
  /** The business's complaint log, surveys and top three; null without any, undefined while loading. */
  records: ReportRecords | null | undefined;
  footer: string;
  appendix: {
    title: string;
    columns: [string, string, string];
    sections: {
      sectionId: SectionId;
      heading: string;
      rows: { number: string; statement: string; answer: string }[];
    }[];
  };
};

/** The report's content in the active language; undefined until the assessment is complete. */
export function useReportContent(
  assessment: Assessment,
  plan: ActionPlan | undefined,
): ReportContent | undefined {
  const { t } = useTranslation(['report', 'common', 'instrument', 'plan', 'advice']);
  const format = useFormat();
  const records = useReportRecords(assessment);
  const score = scoreAnswers(assessment.answers);
  if (score.total === undefined || score.band === undefined) return undefined;
  const total = score.total;
  const band = score.band;

  const sectionName = (sectionId: SectionId) => t(`instrument:sections.${sectionId}.name`);
  const date = format.date(assessment.completedAt ?? assessment.updatedAt);
  // Named in the reader's language ("انگلیسی", not "English", in a Persian report).
  const language = format.languageName(assessment.locale);
  const notGiven = t('notGiven');
  const details: ReportDetail[] = [
    { key: 'business', term: t('business'), value: assessment.businessName || notGiven },
    { key: 'respondent', term: t('respondent'), value: assessment.respondent || notGiven },
    { key: 'context', term: t('context'), value: assessment.context || notGiven },
  ];
  // The course fields appear only when the audit was made for a course.
  if (assessment.instructor)
    details.push({ key: 'instructor', term: t('instructor'), value: assessment.instructor });
  if (assessment.studentId)
    details.push({ key: 'studentId', term: t('studentId'), value: assessment.studentId });
  details.push(
    { key: 'date', term: t('date'), value: date },
    { key: 'language', term: t('language'), value: language },
  );

  const weakest = weakestSections(score);
  const totalText = format.score(total);
  const priorities = prioritiseSections(assessment.answers).slice(0, PRIORITY_SECTIONS);
  let statementNumber = 0;
  const headerParts = [assessment.respondent || assessment.businessName, assessment.context, date]
    .map((part) => part.trim())
    .filter(Boolean);
  const planDate = (iso: string) => format.date(dateFromIso(iso).getTime());

  return {
    language: format.language,
    rtl: format.rtl,
    title: t('title'),
    // The language's separator: in Persian "·" would read as the digit zero.
    runningHeader: headerParts.join(t('common:separator')),
    runningHeaderParts: headerParts,
    separator: t('common:separator'),
    pageOf: (page, pages) => t('pageOf', { page, pages }),
    formatInteger: format.integer,
    formatScore: format.score,
    details,
    score: { ...score, total, band },
    verdict: {
      title: t('verdictTitle'),
      totalLabel: t('common:results.total'),
      total: totalText,
      outOf: t('common:results.outOf', { score: totalText, max: format.integer(TOTAL_MAX) }),
      bandLabel: t('common:results.band'),
      bandName: t(`instrument:bands.${band}.name`),
      meaning: t(`instrument:bands.${band}.meaning`),
    },
    charts: {
      scaleTitle: t('common:results.scaleChartTitle'),
      radarTitle: t('common:results.radarTitle'),
      zoneLabels: {
        atRisk: t('common:results.zones.atRisk'),
        adequate: t('common:results.zones.adequate'),
        asset: t('common:results.zones.asset'),
      },
      sectionNames: Object.fromEntries(SECTION_IDS.map((id) => [id, sectionName(id)])) as Record<
        SectionId,
        string
      >,
    },
    sectionTable: {
      caption: t('common:results.tableCaption'),
      columns: [
        t('common:results.section'),
        t('common:results.statements'),
        t('common:results.average'),
      ],
      weakLabel: t('common:results.weakest'),
      rows: score.sections.map((section) => ({
        sectionId: section.sectionId,
        name: sectionName(section.sectionId),
        size: format.integer(section.size),
        average: format.score(section.average ?? 0),
        weak: weakest.includes(section.sectionId),
      })),
    },
    priorities: {
      title: t('prioritiesTitle'),
      intro: t('prioritiesIntro'),
      items: priorities.map((priority) => ({
        sectionId: priority.sectionId,
        heading: t('sectionAverage', {
          section: sectionName(priority.sectionId),
          average: format.score(priority.average ?? 0),
        }),
        actions: priority.advice
          .slice(0, ACTIONS_PER_SECTION)
          .map((item) => t(`advice:${item.id as AdviceId}.title`)),
      })),
    },
    notes: {
      title: t('notesTitle'),
      empty: t('noNotes'),
      items: SECTION_IDS.filter((id) => assessment.notes[id]?.trim()).map((id) => ({
        sectionId: id,
        heading: sectionName(id),
        text: assessment.notes[id]!.trim(),
      })),
    },
    plan:
      plan && (plan.goals.length > 0 || plan.nextAuditDate)
        ? {
            title: t('plan:report.title'),
            caption: t('plan:report.caption'),
            columns: [
              t('plan:report.goal'),
              t('plan:goals.section'),
              t('plan:goals.target'),
              t('plan:goals.owner'),
              t('plan:goals.due'),
              t('plan:form.status'),
            ],
            rows: plan.goals.map((goal) => ({
              id: goal.id,
              what: goal.what,
              section: sectionName(goal.sectionId),
              target: t('plan:target', {
                value: format.score(goal.targetValue),
                unit: goal.targetUnit,
              }),
              owner: goal.owner,
              due: planDate(goal.dueDate),
              status: t(`plan:status.${goal.status}`),
            })),
            nextAudit: plan.nextAuditDate
              ? t('plan:report.nextAudit', { date: planDate(plan.nextAuditDate) })
              : undefined,
          }
        : undefined,
    records,
    footer: t('generated', { date: format.date(Date.now()) }),
    appendix: {
      title: t('appendixTitle'),
      columns: ['#', t('statement'), t('answer')],
      sections: SECTIONS.map((section) => ({
        sectionId: section.id,
        heading: sectionName(section.id),
        rows: section.itemIds.map((itemId) => {
          statementNumber += 1;
          const [sectionKey, itemKey] = itemId.split('.') as [SectionId, string];
          const value = assessment.answers[itemId] ?? 0;
          return {
            number: format.integer(statementNumber),
            statement: t(
              `instrument:items.${sectionKey}.${itemKey}` as 'instrument:items.culture.1',
            ),
            answer: t('answerValue', {
              value: format.integer(value),
              label: t(`instrument:scale.${value}` as 'instrument:scale.1'),
            }),
          };
        }),
      })),
    },
  };
}
