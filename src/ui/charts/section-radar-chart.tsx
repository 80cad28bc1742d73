// The seven section averages (1–5) as a radar; one or more series.
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  type BaseTickContentProps,
} from 'recharts';
import { isolate } from '../user-text';
import { CHART_ACCENT, CHART_INK } from './band-colors';

type RadarSeries = { key: string; name: string; color?: string; dashed?: boolean };

export type SectionRadarChartProps = {
  /** One row per section: its label plus one value per series key. */
  rows: readonly ({ label: string } & Record<string, number | string>)[];
  series: readonly RadarSeries[];
  formatNumber: (value: number) => string;
  /** Right-to-left: sections run counter-clockwise from the top. Defaults to <html dir>. */
  rtl?: boolean;
};

const PALETTE = [CHART_ACCENT, '#b4470e', '#2e7d32', '#6a1b9a'];
const LINE_HEIGHT_EM = 1.15;
/** About as many Latin characters as fit beside the radar on a phone. */
const MAX_LINE_WIDTH = 11;

/** Rough width in Latin characters: Persian letters are drawn wider. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0600-\u06ff]/.test(char) ? 1.3 : 1;
  return width;
}

/** Breaks a section name into short lines at spaces, so it fits beside the radar. */
function wrapLabel(label: string, maxWidth = MAX_LINE_WIDTH): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/** A section label; multi-line labels grow away from the centre so they never cover it. */
function AngleTick({ x, y, textAnchor, verticalAnchor, payload }: BaseTickContentProps) {
  const lines = wrapLabel(String(payload.value));
  const extra = (lines.length - 1) * LINE_HEIGHT_EM;
  const firstDy =
    verticalAnchor === 'end' ? -extra : verticalAnchor === 'start' ? 0.71 : 0.35 - extra / 2;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill={CHART_INK} fontSize={12}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={`${index === 0 ? firstDy : LINE_HEIGHT_EM}em`}>
          {isolate(line)}
        </tspan>
      ))}
    </text>
  );
}

function documentIsRtl(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dir === 'rtl';
}

export function SectionRadarChart({ rows, series, formatNumber, rtl }: SectionRadarChartProps) {
  const mirrored = rtl ?? documentIsRtl();
  // Mirrored, the first section stays at the top and the rest follow counter-clockwise.
  const data = mirrored && rows.length > 1 ? [rows[0]!, ...rows.slice(1).reverse()] : [...rows];
  // The first section sits at the top; the radius scale lies between the first two
  // spokes so its numbers do not run into the first label.
  const halfStep = rows.length > 0 ? 180 / rows.length : 0;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={data} outerRadius="56%" margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={AngleTick} />
        <PolarRadiusAxis
          angle={mirrored ? 90 + halfStep : 90 - halfStep}
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
            fillOpacity={entry.dashed ? 0 : series.length > 1 ? 0.15 : 0.3}
            strokeDasharray={entry.dashed ? '6 4' : undefined}
            strokeWidth={entry.dashed ? 2 : 1}
            isAnimationActive={false}
          />
        ))}
        {series.length > 1 && <Legend />}
      </RadarChart>
    </ResponsiveContainer>
  );
}
