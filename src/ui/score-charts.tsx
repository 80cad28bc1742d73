// The two charts of one result — the total on the 7–35 scale with its band zones, and the
// seven section averages — each in a ChartFrame with its text equivalent. Used by
// Results, a shared result and the printed report.
import { useTranslation } from 'react-i18next';
import type { Score } from '../domain/scoring';
import { ChartFrame } from './chart-frame';
import { ScoreScaleChart, SectionRadarChart } from './charts/lazy-charts';
import { useFormat } from './use-format';
import { useZoneLabels } from './use-zone-labels';

type Props = {
  /** A complete result; nothing is drawn until the total exists. */
  score: Score;
  heights?: { scale: number; radar: number };
};

export function ScoreCharts({ score, heights = { scale: 140, radar: 340 } }: Props) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  const zoneLabels = useZoneLabels();
  if (score.total === undefined) return null;
  const totalText = format.score(score.total);
  return (
    <>
      <ChartFrame
        title={t('results.scaleChartTitle')}
        description={t('results.scaleChartDescription', { score: totalText })}
        height={heights.scale}
      >
        <ScoreScaleChart
          rows={[{ label: t('results.total'), total: score.total }]}
          zoneLabels={zoneLabels}
          formatNumber={format.score}
          rtl={format.rtl}
        />
      </ChartFrame>
      <ChartFrame
        title={t('results.radarTitle')}
        description={t('results.radarDescription')}
        height={heights.radar}
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
    </>
  );
}
