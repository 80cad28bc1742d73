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
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_ACCENT, CHART_INK } from './band-colors';

const RESOLVED = '#1e6b3a';
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

export function CategoryChart({ rows, formatNumber, rtl }: CategoryChartProps) {
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
          allowDecimals={false}
          domain={[0, 'auto']}
          reversed={rtl}
          tickFormatter={(value: number) => formatNumber(value)}
          stroke={CHART_INK}
        />
        <YAxis
          type="category"
          dataKey="label"
          orientation={rtl ? 'right' : 'left'}
          width={130}
          tick={{ fontSize: 12, fill: CHART_INK }}
          stroke={CHART_INK}
        />
        <Bar dataKey="count" fill={CHART_ACCENT} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position={rtl ? 'left' : 'right'}
            fill={CHART_INK}
            fontSize={12}
            formatter={(value: unknown) => formatNumber(Number(value))}
          />
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
