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
  /** The previous audit of the same business: a second profile on the radar. */
  previous?: Score;
  heights?: { scale: number; radar: number };
  /** When the charts are drawn (ChartFrame): at once, or when scrolled near. */
  draw?: 'now' | 'inView';
};

export function ScoreCharts({
  score,
  previous,
  heights = { scale: 140, radar: 340 },
  draw = 'now',
}: Props) {
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
        draw={draw}
      >
        <ScoreScaleChart total={score.total} zoneLabels={zoneLabels} formatNumber={format.score} />
      </ChartFrame>
      <ChartFrame
        title={t('results.radarTitle')}
        description={
          previous ? t('results.sinceLast.radarDescription') : t('results.radarDescription')
        }
        height={heights.radar}
        draw={draw}
      >
        <SectionRadarChart
          rows={score.sections.map((section, index) => ({
            label: t(`instrument:sections.${section.sectionId}.name`),
            average: section.average ?? 0,
            ...(previous ? { previous: previous.sections[index]?.average ?? 0 } : {}),
          }))}
          series={
            previous
              ? [
                  { key: 'average', name: t('results.sinceLast.thisAudit') },
                  { key: 'previous', name: t('results.sinceLast.previousAudit'), dashed: true },
                ]
              : [{ key: 'average', name: t('results.average') }]
          }
          formatNumber={format.score}
        />
      </ChartFrame>
    </>
  );
}
