// Scores over time: the total on the 7–35 scale with band zones, and each section's
// average (1–5) as its own line. Lines differ in dash pattern and marker as well as
// colour, so they stay distinguishable with colour blindness and in black-and-white print.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Symbols,
  XAxis,
  YAxis,
} from 'recharts';
import { TOTAL_MAX, TOTAL_MIN } from '../../domain/scoring';
import { isolate } from '../user-text';
import { BAND_COLORS, BAND_ZONES, CHART_ACCENT, CHART_INK } from './band-colors';

type TickProps = {
  x?: number | string;
  y?: number | string;
  index?: number;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
};

/**
 * A date under the time axis. The outermost dates are anchored inwards, so a long date
 * is never cut off at the chart's edge; each is an isolate, so a Persian date keeps its
 * day on the right inside the chart's left-to-right drawing.
 */
function dateTick(rtl: boolean) {
  function DateTick({ x, y, index = 0, visibleTicksCount = 1, payload }: TickProps) {
    const first = index === 0;
    const last = index === visibleTicksCount - 1;
    // On a reversed (right-to-left) axis the first date is drawn at the right end.
    const atLeft = rtl ? last : first;
    const atRight = rtl ? first : last;
    const anchor = atLeft && !atRight ? 'start' : atRight && !atLeft ? 'end' : 'middle';
    return (
      <text x={x} y={y} dy={14} textAnchor={anchor} fill={CHART_INK} fontSize={12}>
        {isolate(String(payload?.value ?? ''))}
      </text>
    );
  }
  return DateTick;
}

export type TotalTrendChartProps = {
  /** One point per assessment, oldest first. */
  points: readonly { label: string; total: number }[];
  zoneLabels: { atRisk: string; adequate: string; asset: string };
  formatNumber: (value: number) => string;
  rtl: boolean;
};

export function TotalTrendChart({ points, zoneLabels, formatNumber, rtl }: TotalTrendChartProps) {
  const zone = (value: string) => ({
    value,
    position: rtl ? ('insideTopRight' as const) : ('insideTopLeft' as const),
    fill: CHART_INK,
    fontSize: 12,
  });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...points]} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
        {BAND_ZONES.map((band) => (
          <ReferenceArea
            key={band.band}
            y1={band.from}
            y2={band.to}
            fill={BAND_COLORS[band.band]}
            fillOpacity={1}
            label={zone(zoneLabels[band.band])}
          />
        ))}
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          reversed={rtl}
          stroke={CHART_INK}
          tick={dateTick(rtl)}
          interval="preserveStartEnd"
          padding={{ left: 24, right: 24 }}
        />
        <YAxis
          type="number"
          domain={[TOTAL_MIN, TOTAL_MAX]}
          ticks={[7, 14, 21, 28, 35]}
          tickFormatter={(value: number) => formatNumber(value)}
          orientation={rtl ? 'right' : 'left'}
          stroke={CHART_INK}
          width={40}
        />
        <Line
          type="linear"
          dataKey="total"
          stroke={CHART_ACCENT}
          strokeWidth={3}
          dot={{ r: 5, fill: CHART_ACCENT }}
          isAnimationActive={false}
          label={{
            position: 'top',
            fill: CHART_INK,
            fontSize: 12,
            fontWeight: 700,
            formatter: (value: unknown) => formatNumber(Number(value)),
          }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export type SectionTrendChartProps = {
  /** One row per assessment: its label plus one average per section key. */
  rows: readonly ({ label: string } & Record<string, number | string>)[];
  series: readonly { key: string; name: string }[];
  formatNumber: (value: number) => string;
  rtl: boolean;
};

// Okabe–Ito colours (colour-blind safe) with distinct dash patterns and markers; the
// legend shows the same marker as the line.
const STYLES = [
  { color: '#0072b2', dash: undefined, shape: 'circle' },
  { color: '#d55e00', dash: '8 4', shape: 'square' },
  { color: '#009e73', dash: '2 3', shape: 'triangle' },
  { color: '#cc79a7', dash: '12 4 2 4', shape: 'diamond' },
  { color: '#1d2a3a', dash: '4 4', shape: 'cross' },
  { color: '#8a6d00', dash: '1 5', shape: 'star' },
  { color: '#56b4e9', dash: '14 6', shape: 'wye' },
] as const;

export function SectionTrendChart({ rows, series, formatNumber, rtl }: SectionTrendChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...rows]} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="label"
          reversed={rtl}
          stroke={CHART_INK}
          tick={dateTick(rtl)}
          interval="preserveStartEnd"
          padding={{ left: 24, right: 24 }}
        />
        <YAxis
          type="number"
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tickFormatter={(value: number) => formatNumber(value)}
          orientation={rtl ? 'right' : 'left'}
          stroke={CHART_INK}
          width={32}
        />
        {series.map((entry, index) => {
          const style = STYLES[index % STYLES.length]!;
          return (
            <Line
              key={entry.key}
              type="linear"
              dataKey={entry.key}
              name={entry.name}
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={(props: { cx?: number; cy?: number; index?: number }) => (
                <Symbols
                  key={`${entry.key}-${props.index ?? 0}`}
                  cx={props.cx}
                  cy={props.cy}
                  type={style.shape}
                  size={70}
                  fill={style.color}
                />
              )}
              isAnimationActive={false}
              legendType={style.shape}
            />
          );
        })}
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
      </LineChart>
    </ResponsiveContainer>
  );
}
