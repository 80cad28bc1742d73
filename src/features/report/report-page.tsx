// The printable report for one completed assessment (SPEC §4, Report): header fields,
// total and band, both charts, the section table, notes and the action plan. Printing
// uses the browser's own dialog ("Save as PDF"); report.css holds the print rules.

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAssessment } from '../../db/assessments';
import { isComplete } from '../../domain/assessment';
import { SECTION_IDS } from '../../domain/instrument';
import { TOTAL_MAX, scoreAnswers, weakestSections } from '../../domain/scoring';
import { isLanguageCode } from '../../i18n/languages';
import { NotFound } from '../../ui/not-found';
import { PageHeading } from '../../ui/page-heading';
import { ScoreCharts } from '../../ui/score-charts';
import { useFormat } from '../../ui/use-format';
import { ReportPlan } from './report-plan';
import './report.css';

export function ReportPage() {
  const { id } = useParams();
  const { t } = useTranslation(['report', 'common', 'instrument']);
  const format = useFormat();
  const assessment = useAssessment(id);
  if (assessment === undefined) return <p className="page muted">{t('common:app.loading')}</p>;
  if (assessment === null) return <NotFound kind="assessment" />;

  const score = scoreAnswers(assessment.answers);
  if (!isComplete(assessment) || score.total === undefined || score.band === undefined) {
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

  const weakest = weakestSections(score);
  const totalText = format.score(score.total);
  const notGiven = t('notGiven');
  const language = isLanguageCode(assessment.locale)
    ? t(`common:languages.${assessment.locale}`)
    : assessment.locale;
  const notes = SECTION_IDS.filter((sectionId) => assessment.notes[sectionId]?.trim());
  // User-entered values get their own direction (a Latin name inside a Persian page).
  const details: [string, string][] = [
    [t('business'), assessment.businessName || notGiven],
    [t('respondent'), assessment.respondent || notGiven],
    [t('context'), assessment.context || notGiven],
    [t('date'), format.date(assessment.completedAt ?? assessment.updatedAt)],
    [t('language'), language],
  ];

  return (
    <article className="page report" data-testid="report">
      <div className="report__toolbar">
        <Link className="button" to={`/a/${assessment.id}/results`}>
          {t('back')}
        </Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <p className="field__hint">{t('printHint')}</p>
      </div>

      <header className="report__header">
        <PageHeading>{t('title')}</PageHeading>
        <dl className="report__details" aria-label={t('details')}>
          {details.map(([term, value]) => (
            <div key={term} className="report__detail">
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
        <h2 id="report-verdict">{t('verdictTitle')}</h2>
        <p className="report__total">
          <span className="report__label">{t('common:results.total')}</span>{' '}
          <strong data-testid="report-total">{totalText}</strong>{' '}
          <span className="muted">
            ({t('common:results.outOf', { score: totalText, max: format.integer(TOTAL_MAX) })})
          </span>
        </p>
        <p className="report__band">
          <span className="report__label">{t('common:results.band')}</span>{' '}
          <strong className={`band-chip band-chip--${score.band}`} data-testid="report-band">
            {t(`instrument:bands.${score.band}.name`)}
          </strong>
        </p>
        <p>{t(`instrument:bands.${score.band}.meaning`)}</p>
      </section>

      <section className="report__charts" aria-labelledby="report-charts">
        <h2 id="report-charts">{t('chartsTitle')}</h2>
        <ScoreCharts
          score={{ ...score, total: score.total }}
          heights={{ scale: 130, radar: 280 }}
        />
      </section>

      <section className="report__sections" aria-labelledby="report-sections">
        <h2 id="report-sections">{t('sectionsTitle')}</h2>
        <table className="data-table report__table">
          <caption>{t('common:results.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common:results.section')}</th>
              <th scope="col" className="num count-col">
                {t('common:results.statements')}
              </th>
              <th scope="col" className="num">
                {t('common:results.average')}
              </th>
            </tr>
          </thead>
          <tbody>
            {score.sections.map((section) => (
              <tr key={section.sectionId}>
                <th scope="row">
                  {t(`instrument:sections.${section.sectionId}.name`)}
                  {weakest.includes(section.sectionId) && (
                    <span className="weak-badge">{t('common:results.weakest')}</span>
                  )}
                </th>
                <td className="num count-col">{format.integer(section.size)}</td>
                <td className="num">{format.score(section.average ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('common:results.total')}</th>
              <td className="count-col" />
              <td className="num">{totalText}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="report__notes" aria-labelledby="report-notes">
        <h2 id="report-notes">{t('notesTitle')}</h2>
        {notes.length === 0 ? (
          <p className="muted">{t('noNotes')}</p>
        ) : (
          notes.map((sectionId) => (
            <div key={sectionId} className="report__note">
              <h3>{t(`instrument:sections.${sectionId}.name`)}</h3>
              <p className="report__note-text" dir="auto">
                {assessment.notes[sectionId]}
              </p>
            </div>
          ))
        )}
      </section>

      <ReportPlan assessmentId={assessment.id} />

      <footer className="report__footer muted">
        {t('generated', { date: format.date(Date.now()) })}
      </footer>
    </article>
  );
}
