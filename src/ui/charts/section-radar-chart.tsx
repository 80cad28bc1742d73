// The seven section averages (1–5) as a radar; one or more series.
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { CHART_ACCENT, CHART_INK } from './band-colors';

export type RadarSeries = { key: string; name: string; color?: string };

export type SectionRadarChartProps = {
  /** One row per section: its label plus one value per series key. */
  rows: readonly ({ label: string } & Record<string, number | string>)[];
  series: readonly RadarSeries[];
  formatNumber: (value: number) => string;
};

const PALETTE = [CHART_ACCENT, '#b4470e', '#2e7d32', '#6a1b9a'];

export function SectionRadarChart({ rows, series, formatNumber }: SectionRadarChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart
        data={[...rows]}
        outerRadius="68%"
        margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fill: CHART_INK, fontSize: 12 }} />
        <PolarRadiusAxis
          angle={90}
          domain={[0, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tickFormatter={(value: number) => formatNumber(value)}
          tick={{ fill: CHART_INK, fontSize: 11 }}
        />
        {series.map((entry, index) => (
          <Radar
            key={entry.key}
            name={entry.name}
            dataKey={entry.key}
            stroke={entry.color ?? PALETTE[index % PALETTE.length]}
            fill={entry.color ?? PALETTE[index % PALETTE.length]}
            fillOpacity={series.length > 1 ? 0.15 : 0.3}
            isAnimationActive={false}
          />
        ))}
        {series.length > 1 && <Legend />}
      </RadarChart>
    </ResponsiveContainer>
  );
}
