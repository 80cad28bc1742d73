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
  type LabelProps,
} from 'recharts';
import { TOTAL_MAX, TOTAL_MIN } from '../../domain/scoring';
import { BAND_COLORS, BAND_ZONES, CHART_ACCENT, CHART_INK } from './band-colors';

export type ScoreScaleChartProps = {
  /** One row per bar: e.g. a single "total", or several for a trend or a group. */
  rows: readonly { label: string; total: number }[];
  zoneLabels: { atRisk: string; adequate: string; asset: string };
  formatNumber: (value: number) => string;
  rtl: boolean;
  /** Type size in pixels (projector slides scale it to the screen); 13–14 by default. */
  fontSize?: number;
};

const TICKS = [7, 14, 21, 28, 35];
/** From this total on, the number goes inside the bar's end so it never leaves the chart. */
const LABEL_INSIDE_FROM = 30;
const LABEL_GAP = 6;

/**
 * The total written at the end of its bar. The bar grows from the start side (the right
 * in RTL, where the axis is reversed), so the end and the writing direction flip with it.
 */
function totalLabel(
  formatNumber: (value: number) => string,
  rtl: boolean,
  fontSize: number | undefined,
) {
  return function TotalLabel({ viewBox, value }: LabelProps) {
    if (!viewBox || !('width' in viewBox)) return null;
    const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
    const total = Number(value);
    const end = rtl ? Math.min(x, x + width) : Math.max(x, x + width);
    const outward = rtl ? -1 : 1;
    const inside = total >= LABEL_INSIDE_FROM;
    const direction = inside ? -outward : outward;
    return (
      <text
        x={end + direction * LABEL_GAP}
        y={y + height / 2}
        dominantBaseline="central"
        textAnchor={direction > 0 ? 'start' : 'end'}
        fill={inside ? '#ffffff' : CHART_INK}
        fontWeight={700}
        fontSize={fontSize}
      >
        {formatNumber(total)}
      </text>
    );
  };
}

export function ScoreScaleChart({
  rows,
  zoneLabels,
  formatNumber,
  rtl,
  fontSize,
}: ScoreScaleChartProps) {
  const data = rows.map((row) => ({ ...row, length: row.total - TOTAL_MIN }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{
          top: fontSize ? fontSize * 1.8 : 24,
          right: 24,
          bottom: 8,
          left: 24,
        }}
        barCategoryGap="30%"
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        {BAND_ZONES.map((zone) => (
          <ReferenceArea
            key={zone.band}
            x1={zone.from - TOTAL_MIN}
            x2={zone.to - TOTAL_MIN}
            fill={BAND_COLORS[zone.band]}
            fillOpacity={1}
            label={{
              value: zoneLabels[zone.band],
              position: 'insideTop',
              fill: CHART_INK,
              fontSize: fontSize ?? 13,
            }}
          />
        ))}
        <XAxis
          type="number"
          domain={[0, TOTAL_MAX - TOTAL_MIN]}
          ticks={TICKS.map((tick) => tick - TOTAL_MIN)}
          tickFormatter={(value: number) => formatNumber(value + TOTAL_MIN)}
          reversed={rtl}
          stroke={CHART_INK}
          {...(fontSize ? { tick: { fill: CHART_INK, fontSize }, height: fontSize * 1.6 } : {})}
        />
        <YAxis
          type="category"
          dataKey="label"
          hide={rows.length < 2}
          orientation={rtl ? 'right' : 'left'}
          width={rows.length < 2 ? 0 : 110}
          stroke={CHART_INK}
        />
        <Bar
          dataKey="length"
          fill={CHART_ACCENT}
          isAnimationActive={false}
          maxBarSize={fontSize ? fontSize * 2 : 28}
        >
          <LabelList dataKey="total" content={totalLabel(formatNumber, rtl, fontSize)} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
