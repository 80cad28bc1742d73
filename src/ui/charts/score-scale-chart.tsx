// The total on the 7–35 scale with the three band zones behind it.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { ADEQUATE_THRESHOLD, ASSET_THRESHOLD, TOTAL_MAX, TOTAL_MIN } from '../../domain/scoring';
import { BAND_COLORS, CHART_ACCENT, CHART_INK } from './band-colors';

export type ScoreScaleChartProps = {
  /** One row per bar: e.g. a single "total", or several for a trend or a group. */
  rows: readonly { label: string; total: number }[];
  zoneLabels: { atRisk: string; adequate: string; asset: string };
  formatNumber: (value: number) => string;
  rtl: boolean;
};

const TICKS = [7, 14, 21, 28, 35];

export function ScoreScaleChart({ rows, zoneLabels, formatNumber, rtl }: ScoreScaleChartProps) {
  const data = rows.map((row) => ({ ...row, length: row.total - TOTAL_MIN }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 24, right: 24, bottom: 8, left: 24 }}
        barCategoryGap="30%"
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <ReferenceArea
          x1={0}
          x2={ADEQUATE_THRESHOLD - TOTAL_MIN}
          fill={BAND_COLORS.atRisk}
          fillOpacity={1}
          label={{ value: zoneLabels.atRisk, position: 'insideTop', fill: CHART_INK, fontSize: 13 }}
        />
        <ReferenceArea
          x1={ADEQUATE_THRESHOLD - TOTAL_MIN}
          x2={ASSET_THRESHOLD - TOTAL_MIN}
          fill={BAND_COLORS.adequate}
          fillOpacity={1}
          label={{
            value: zoneLabels.adequate,
            position: 'insideTop',
            fill: CHART_INK,
            fontSize: 13,
          }}
        />
        <ReferenceArea
          x1={ASSET_THRESHOLD - TOTAL_MIN}
          x2={TOTAL_MAX - TOTAL_MIN}
          fill={BAND_COLORS.asset}
          fillOpacity={1}
          label={{ value: zoneLabels.asset, position: 'insideTop', fill: CHART_INK, fontSize: 13 }}
        />
        <XAxis
          type="number"
          domain={[0, TOTAL_MAX - TOTAL_MIN]}
          ticks={TICKS.map((tick) => tick - TOTAL_MIN)}
          tickFormatter={(value: number) => formatNumber(value + TOTAL_MIN)}
          reversed={rtl}
          stroke={CHART_INK}
        />
        <YAxis
          type="category"
          dataKey="label"
          hide={rows.length < 2}
          orientation={rtl ? 'right' : 'left'}
          width={rows.length < 2 ? 0 : 110}
          stroke={CHART_INK}
        />
        <Bar dataKey="length" fill={CHART_ACCENT} isAnimationActive={false} maxBarSize={28}>
          <LabelList
            dataKey="total"
            position={rtl ? 'left' : 'right'}
            formatter={(value: unknown) => formatNumber(Number(value))}
            fill={CHART_INK}
            fontWeight={700}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
