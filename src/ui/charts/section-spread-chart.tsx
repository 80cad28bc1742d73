// Per section, the spread of a group's averages on the 1–5 scale as a horizontal box
// plot: whiskers from lowest to highest, a box over the middle half (quartiles), a line
// at the median and a dot at the mean.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { CHART_ACCENT, CHART_INK } from './band-colors';

type SpreadRow = {
  label: string;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
  /** Drawn with a stronger outline (e.g. the group's weakest sections). */
  highlight?: boolean;
};

export type SectionSpreadChartProps = {
  rows: readonly SpreadRow[];
  rtl: boolean;
  formatNumber: (value: number) => string;
  /** Type size in pixels (projector slides scale it to the screen); 12 by default. */
  fontSize?: number;
};

type ShapeProps = {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: SpreadRow;
};

const BOX_FILL = '#cfe0f5';
const HIGHLIGHT = '#a4262c';

function BoxShape({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  if (!payload) return <g />;
  const { min, q1, median, q3, max, mean, highlight } = payload;
  // x and width span the range min…max; other values are placed proportionally, which
  // also holds when the axis is reversed (width is then measured the other way).
  const at = (value: number) => (max === min ? x : x + ((value - min) / (max - min)) * width);
  const middle = y + height / 2;
  const boxHeight = Math.max(10, height * 0.7);
  const stroke = highlight ? HIGHLIGHT : CHART_INK;
  const boxStart = Math.min(at(q1), at(q3));
  return (
    <g>
      <line x1={at(min)} x2={at(max)} y1={middle} y2={middle} stroke={stroke} strokeWidth={2} />
      <line
        x1={at(min)}
        x2={at(min)}
        y1={middle - boxHeight / 3}
        y2={middle + boxHeight / 3}
        stroke={stroke}
        strokeWidth={2}
      />
      <line
        x1={at(max)}
        x2={at(max)}
        y1={middle - boxHeight / 3}
        y2={middle + boxHeight / 3}
        stroke={stroke}
        strokeWidth={2}
      />
      <rect
        x={boxStart}
        y={middle - boxHeight / 2}
        width={Math.max(2, Math.abs(at(q3) - at(q1)))}
        height={boxHeight}
        fill={BOX_FILL}
        stroke={stroke}
        strokeWidth={highlight ? 3 : 1.5}
      />
      <line
        x1={at(median)}
        x2={at(median)}
        y1={middle - boxHeight / 2}
        y2={middle + boxHeight / 2}
        stroke={stroke}
        strokeWidth={3}
      />
      <circle cx={at(mean)} cy={middle} r={5} fill={CHART_ACCENT} stroke="#fff" strokeWidth={1.5} />
    </g>
  );
}

export function SectionSpreadChart({
  rows,
  rtl,
  formatNumber,
  fontSize: givenSize,
}: SectionSpreadChartProps) {
  const data = rows.map((row) => ({ ...row, range: [row.min, row.max] as [number, number] }));
  const fontSize = givenSize ?? 12;
  // Section names need about 12.5 type sizes of width (the longest is ~24 characters).
  const labelWidth = givenSize ? Math.round(givenSize * 12.5) : 150;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        barCategoryGap="25%"
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tickFormatter={(value: number) => formatNumber(value)}
          reversed={rtl}
          stroke={CHART_INK}
          tick={{ fill: CHART_INK, fontSize }}
        />
        <YAxis
          type="category"
          dataKey="label"
          orientation={rtl ? 'right' : 'left'}
          width={labelWidth}
          stroke={CHART_INK}
          tick={{ fill: CHART_INK, fontSize }}
        />
        <Bar
          dataKey="range"
          isAnimationActive={false}
          shape={(props: unknown) => <BoxShape {...(props as ShapeProps)} />}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
