// A shared result, read-only: total, band, the two charts and the section table.
// (The results feature has its own version; features do not import each other.)

import { useTranslation } from 'react-i18next';
import type { Answers } from '../../domain/instrument';
import { TOTAL_MAX, scoreAnswers, weakestSections } from '../../domain/scoring';
import { ChartFrame } from '../../ui/chart-frame';
import { ScoreScaleChart, SectionRadarChart } from '../../ui/charts/lazy-charts';
import { useFormat } from '../../ui/use-format';

export function SharedResultView({ answers }: { answers: Answers }) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  const score = scoreAnswers(answers);
  if (score.total === undefined || score.band === undefined) return null;
  const weakest = weakestSections(score);
  const totalText = format.score(score.total);

  return (
    <div className="shared-result">
      <section className={`verdict verdict--${score.band}`} aria-labelledby="shared-verdict">
        <h2 id="shared-verdict" className="visually-hidden">
          {t('results.band')}
        </h2>
        <div className="verdict__total">
          <span className="verdict__label">{t('results.total')}</span>
          <span className="verdict__number" data-testid="total">
            {totalText}
          </span>
          <span className="verdict__max">
            {t('results.outOf', { score: totalText, max: format.integer(TOTAL_MAX) })}
          </span>
        </div>
        <div className="verdict__band">
          <span className="verdict__label">{t('results.band')}</span>
          <strong className="verdict__band-name" data-testid="band">
            {t(`instrument:bands.${score.band}.name`)}
          </strong>
          <p className="verdict__meaning">{t(`instrument:bands.${score.band}.meaning`)}</p>
        </div>
      </section>

      <div className="results-charts">
        <ChartFrame
          title={t('results.scaleChartTitle')}
          description={t('results.scaleChartDescription', { score: totalText })}
          height={140}
        >
          <ScoreScaleChart
            rows={[{ label: t('results.total'), total: score.total }]}
            zoneLabels={{
              atRisk: t('results.zones.atRisk'),
              adequate: t('results.zones.adequate'),
              asset: t('results.zones.asset'),
            }}
            formatNumber={format.score}
            rtl={format.rtl}
          />
        </ChartFrame>
        <ChartFrame
          title={t('results.radarTitle')}
          description={t('results.radarDescription')}
          height={340}
        >
          <SectionRadarChart
            rows={score.sections.map((section) => ({
              label: t(`instrument:sections.${section.sectionId}.name`),
              average: section.average ?? 0,
            }))}
            series={[{ key: 'average', name: t('results.average') }]}
            formatNumber={format.score}
          />
        </ChartFrame>
      </div>

      <table className="data-table">
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.section')}</th>
            <th scope="col" className="num">
              {t('results.average')}
            </th>
          </tr>
        </thead>
        <tbody>
          {score.sections.map((section) => (
            <tr key={section.sectionId}>
              <th scope="row">
                {t(`instrument:sections.${section.sectionId}.name`)}
                {weakest.includes(section.sectionId) && (
                  <span className="weak-badge">{t('results.weakest')}</span>
                )}
              </th>
              <td className="num">{format.score(section.average ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
