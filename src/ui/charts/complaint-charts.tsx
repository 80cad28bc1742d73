// Charts of the complaint log and the customer surveys: complaints per period (resolved
// and still open, stacked), complaints per category, and a survey measure (CSAT or NPS)
// over time. Each chart has a table with the same figures next to it on its screen. The
// resolved/open series differ in fill pattern as well as colour, so they stay apart in
// black-and-white print and with colour blindness.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Text,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_ACCENT, CHART_INK } from './band-colors';

const RESOLVED = '#1e6b3a';
/** Room for a category name beside the bars; longer names wrap. */
const LABEL_WIDTH = 130;
const OPEN = '#b04a00';

export type ComplaintsPerPeriodChartProps = {
  rows: readonly { label: string; resolved: number; open: number }[];
  names: { resolved: string; open: string };
  formatNumber: (value: number) => string;
  rtl: boolean;
};

export function ComplaintsPerPeriodChart({
  rows,
  names,
  formatNumber,
  rtl,
}: ComplaintsPerPeriodChartProps) {
  const max = Math.max(1, ...rows.map((row) => row.resolved + row.open));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        accessibilityLayer={false}
        data={[...rows]}
        margin={{ top: 12, right: 16, bottom: 8, left: 8 }}
      >
        <defs>
          <pattern id="open-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={OPEN} />
            <path d="M0 6 L6 0" stroke="#ffffff" strokeWidth="1.5" />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" reversed={rtl} stroke={CHART_INK} tick={{ fontSize: 12 }} />
        <YAxis
          allowDecimals={false}
          domain={[0, max]}
          tickFormatter={(value: number) => formatNumber(value)}
          orientation={rtl ? 'right' : 'left'}
          stroke={CHART_INK}
          width={32}
        />
        <Bar
          dataKey="resolved"
          name={names.resolved}
          stackId="complaints"
          fill={RESOLVED}
          isAnimationActive={false}
        />
        <Bar
          dataKey="open"
          name={names.open}
          stackId="complaints"
          fill="url(#open-hatch)"
          stroke={OPEN}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export type CategoryChartProps = {
  /** Most frequent first. */
  rows: readonly { label: string; count: number }[];
  formatNumber: (value: number) => string;
  rtl: boolean;
};

/** Whole-number ticks from 0 that just cover `max`, at most six of them. */
function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  const top = step * Math.max(1, Math.ceil(max / step));
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

/**
 * A category name beside the axis, on the side away from the bars: to the left of the
 * axis in left-to-right pages, to its right when the axis is on the right (Persian).
 */
function categoryTick(rtl: boolean) {
  return function CategoryTick(props: {
    x?: number | string;
    y?: number | string;
    payload?: { value?: unknown };
  }) {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    return (
      <Text
        x={x + (rtl ? 6 : -6)}
        y={y}
        width={LABEL_WIDTH - 10}
        verticalAnchor="middle"
        textAnchor={rtl ? 'start' : 'end'}
        fill={CHART_INK}
        fontSize={12}
      >
        {String(props.payload?.value ?? '')}
      </Text>
    );
  };
}

/** The count at the far end of its bar (the left end when the axis runs right to left). */
function countLabel(formatNumber: (value: number) => string, rtl: boolean) {
  return function CountLabel(props: {
    x?: number | string;
    y?: number | string;
    width?: number | string;
    height?: number | string;
    value?: unknown;
  }) {
    const x = Number(props.x ?? 0);
    const width = Number(props.width ?? 0);
    const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
    const end = rtl ? Math.min(x, x + width) - 6 : Math.max(x, x + width) + 6;
    return (
      <text
        x={end}
        y={y}
        dominantBaseline="central"
        textAnchor={rtl ? 'end' : 'start'}
        fill={CHART_INK}
        fontSize={12}
        fontWeight={700}
      >
        {formatNumber(Number(props.value))}
      </text>
    );
  };
}

export function CategoryChart({ rows, formatNumber, rtl }: CategoryChartProps) {
  const ticks = countTicks(Math.max(0, ...rows.map((row) => row.count)));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        accessibilityLayer={false}
        data={[...rows]}
        layout="vertical"
        margin={{ top: 8, right: 32, bottom: 8, left: 32 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, ticks.at(-1)!]}
          ticks={ticks}
          reversed={rtl}
          tickFormatter={(value: number) => formatNumber(value)}
          stroke={CHART_INK}
        />
        <YAxis
          type="category"
          dataKey="label"
          orientation={rtl ? 'right' : 'left'}
          width={LABEL_WIDTH}
          tick={categoryTick(rtl)}
          stroke={CHART_INK}
        />
        <Bar dataKey="count" fill={CHART_ACCENT} isAnimationActive={false}>
          <LabelList dataKey="count" content={countLabel(formatNumber, rtl)} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export type SurveyMeasureChartProps = {
  /** One point per survey round, oldest first; null where the round lacks this measure. */
  points: readonly { label: string; value: number | null }[];
  name: string;
  domain: [number, number];
  ticks: number[];
  formatNumber: (value: number) => string;
  rtl: boolean;
};

export function SurveyMeasureChart({
  points,
  name,
  domain,
  ticks,
  formatNumber,
  rtl,
}: SurveyMeasureChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        accessibilityLayer={false}
        data={[...points]}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {domain[0] < 0 && <ReferenceLine y={0} stroke={CHART_INK} />}
        <XAxis
          dataKey="label"
          reversed={rtl}
          stroke={CHART_INK}
          tick={{ fontSize: 12 }}
          padding={{ left: 24, right: 24 }}
        />
        <YAxis
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={(value: number) => formatNumber(value)}
          orientation={rtl ? 'right' : 'left'}
          stroke={CHART_INK}
          width={44}
        />
        <Line
          type="linear"
          dataKey="value"
          name={name}
          stroke={CHART_ACCENT}
          strokeWidth={3}
          dot={{ r: 5, fill: CHART_ACCENT }}
          connectNulls
          isAnimationActive={false}
          label={{
            position: 'top',
            offset: 10,
            fill: CHART_INK,
            fontSize: 12,
            fontWeight: 700,
            formatter: (value: unknown) =>
              value === null || value === undefined ? '' : formatNumber(Number(value)),
          }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
