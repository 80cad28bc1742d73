// The report for one completed assessment (SPEC §4, Report; issue 15): a cover block,
// the verdict, both charts, the section table, what to do first, notes and the action
// plan on two pages, then an appendix with the 25 statements and the answers given.
// "Print" uses the browser's dialog (report.css and PrintPageRules hold the paper rules:
// running header, page numbers); "Download PDF" lays the same content out as a PDF file.

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useActionPlan } from '../../db/action-plans';
import { useAssessment } from '../../db/assessments';
import type { ActionPlan } from '../../domain/action-plan';
import { isComplete, type Assessment } from '../../domain/assessment';
import { weakestSections } from '../../domain/scoring';
import { NotFound } from '../../ui/not-found';
import { PageHeading } from '../../ui/page-heading';
import { ScoreCharts } from '../../ui/score-charts';
import { BandChip } from '../../ui/band-chip';
import { SectionTable } from '../../ui/section-table';
import { DownloadPdfButton } from './download-pdf-button';
import { PrintPageRules } from './print-page-rules';
import { ReportAppendix, ReportNotes, ReportPlan, ReportPriorities } from './report-blocks';
import { ReportComplaints } from './report-complaints';
import { useReportContent } from './report-content';
import './report.css';

export function ReportPage() {
  const { id } = useParams();
  const { t } = useTranslation(['report', 'common']);
  const assessment = useAssessment(id);
  const plan = useActionPlan(id);
  if (assessment === undefined || plan === undefined) {
    return <p className="page muted">{t('common:app.loading')}</p>;
  }
  if (assessment === null) return <NotFound kind="assessment" />;
  if (!isComplete(assessment)) {
    return (
      <div className="page page--narrow">
        <PageHeading>{t('title')}</PageHeading>
        <p>{t('notComplete')}</p>
        <Link className="button button--primary" to={`/a/${assessment.id}`}>
          {t('resume')}
        </Link>
      </div>
    );
  }
  return <Report assessment={assessment} plan={plan ?? undefined} />;
}

function Report({ assessment, plan }: { assessment: Assessment; plan: ActionPlan | undefined }) {
  const { t } = useTranslation(['report']);
  const content = useReportContent(assessment, plan);
  if (!content) return null;
  const { score, verdict } = content;
  return (
    <article className="page report" data-testid="report">
      <PrintPageRules content={content} />
      <div className="report__toolbar">
        <Link className="button" to={`/a/${assessment.id}/results`}>
          {t('back')}
        </Link>
        <DownloadPdfButton content={content} />
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <p className="field__hint">{t('printHint')}</p>
      </div>

      <header className="report__header">
        <PageHeading>{content.title}</PageHeading>
        <dl className="report__details" aria-label={t('details')}>
          {content.details.map(({ key, term, value }) => (
            <div key={key} className={`report__detail report__detail--${key}`}>
              <dt>{term}</dt>
              <dd>
                <bdi>{value}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      </header>

      <section
        className={`report__verdict verdict--${score.band}`}
        aria-labelledby="report-verdict"
      >
        <h2 id="report-verdict">{verdict.title}</h2>
        <p className="report__figures">
          <span>
            <span className="report__label">{verdict.totalLabel}</span>{' '}
            <strong className="report__total" data-testid="report-total">
              {verdict.outOf}
            </strong>
          </span>
          <span>
            <span className="report__label">{verdict.bandLabel}</span>{' '}
            <BandChip band={score.band} strong testId="report-band" />
          </span>
        </p>
        <p className="report__meaning">{verdict.meaning}</p>
      </section>

      <section className="report__charts" aria-label={t('chartsTitle')}>
        <ScoreCharts score={score} heights={{ scale: 150, radar: 230 }} />
      </section>

      <SectionTable score={score} weakest={weakestSections(score)} bars={false} />
      <ReportPriorities priorities={content.priorities} />
      <ReportNotes notes={content.notes} />
      {content.plan && <ReportPlan plan={content.plan} />}
      {content.records && <ReportComplaints records={content.records} />}
      <p className="report__footer muted">{content.footer}</p>
      <ReportAppendix appendix={content.appendix} />
    </article>
  );
}
