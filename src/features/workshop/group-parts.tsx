// Parts of the group's profile shown both on the workshop page (dashboard) and on the
// projector's total slide: the count per band and the group total on the band scale.

import { useTranslation } from 'react-i18next';
import { meanCut, type GroupAggregate } from '../../domain/aggregate';
import { BANDS } from '../../domain/scoring';
import { BandChip } from '../../ui/band-chip';
import { ChartFrame } from '../../ui/chart-frame';
import { ScoreScaleChart } from '../../ui/charts/lazy-charts';
import { useFormat } from '../../ui/use-format';
import { useZoneLabels } from '../../ui/use-zone-labels';

/** How many participants are in each band, each band named in its colour. */
export function BandCounts({ group, className }: { group: GroupAggregate; className: string }) {
  const { t } = useTranslation('workshop');
  const format = useFormat();
  return (
    <ul className={className}>
      {BANDS.map((band) => (
        <li key={band} data-testid={`band-count-${band}`}>
          <BandChip band={band} />{' '}
          <strong>
            {t('dashboard.bandCount', {
              count: group.bandCounts[band],
              formattedCount: format.integer(group.bandCounts[band]),
            })}
          </strong>
        </li>
      ))}
    </ul>
  );
}

type TotalChartProps = {
  total: NonNullable<GroupAggregate['total']>;
  /** How many results the total sums: the mean is shown cut to two decimals (meanCut). */
  participants: number;
  height: number;
  /** Larger labels for the projector; the chart's default otherwise. */
  fontSize?: number;
};

/** The group mean on the band scale, described in words for screen readers. */
export function GroupTotalChart({ total, participants, height, fontSize }: TotalChartProps) {
  const { t } = useTranslation('workshop');
  const format = useFormat();
  const zoneLabels = useZoneLabels();
  const mean = meanCut(total, participants);
  return (
    <ChartFrame
      title={t('dashboard.totalChartTitle')}
      description={t('dashboard.totalChartDescription', {
        mean: format.score(mean),
        min: format.score(total.min),
        median: format.score(total.median),
        max: format.score(total.max),
      })}
      height={height}
    >
      <ScoreScaleChart
        total={mean}
        zoneLabels={zoneLabels}
        formatNumber={format.score}
        {...(fontSize === undefined ? {} : { fontSize })}
      />
    </ChartFrame>
  );
}
