// Figures from the complaint log and the owner's customer surveys (issue 17): per month
// or quarter, how many complaints came in by category and channel, the share resolved
// and fixed on the spot, the median time to resolve, follow-ups done and customers who
// complained again; CSAT and NPS per survey round. The CSAT and NPS formulas are the
// usual ones (general knowledge; seed 002 names the measures only):
//   CSAT = satisfied answers / all answers × 100
//   NPS  = % promoters (9–10) − % detractors (0–6), from −100 to 100.
// Periods are calendar months and quarters in local time.

import {
  COMPLAINT_CHANNELS,
  categoryKey,
  customerKey,
  daysToResolve,
  type Complaint,
  type ComplaintChannel,
} from './complaints';
import type { CsatResult, CustomerSurvey, NpsResult } from './customer-surveys';
import { DAY_MS } from './timestamps';

export const PERIOD_KINDS = ['month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * `2025-01` for a month, `2025-Q1` for a quarter, in local time.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function periodKey(timestamp: number, kind: PeriodKind): string {
  const date = new Date(timestamp);
  const year = date.getFullYear();
  const month = date.getMonth();
  return kind === 'month'
    ? `${year}-${String(month + 1).padStart(2, '0')}`
    : `${year}-Q${Math.floor(month / 3) + 1}`;
}

type ParsedPeriod = { year: number; index: number; kind: PeriodKind };

function parsePeriod(key: string): ParsedPeriod {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return { year: Number(quarter[1]), index: Number(quarter[2]) - 1, kind: 'quarter' };
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return { year: Number(month[1]), index: Number(month[2]) - 1, kind: 'month' };
  throw new RangeError(`not a period: ${key}`);
}

function periodOf(parsed: ParsedPeriod): string {
  return parsed.kind === 'month'
    ? `${parsed.year}-${String(parsed.index + 1).padStart(2, '0')}`
    : `${parsed.year}-Q${parsed.index + 1}`;
}

/**
 * The period after `key` (December → January of the next year, Q4 → Q1).
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function nextPeriod(key: string): string {
  const parsed = parsePeriod(key);
  const size = parsed.kind === 'month' ? 12 : 4;
  const index = parsed.index + 1;
  return periodOf({
    kind: parsed.kind,
    year: parsed.year + Math.floor(index / size),
    index: index % size,
  });
}

/** Local midnight of a period's first day, for labels. */
export function periodStart(key: string): Date {
  const parsed = parsePeriod(key);
  return new Date(parsed.year, parsed.kind === 'month' ? parsed.index : parsed.index * 3, 1);
}

/** The quarter number (1–4) and year of a quarter key, for its label. */
export function quarterOf(key: string): { year: number; quarter: number } {
  const parsed = parsePeriod(key);
  if (parsed.kind !== 'quarter') throw new RangeError(`not a quarter: ${key}`);
  return { year: parsed.year, quarter: parsed.index + 1 };
}

/**
 * Every period from `first` to `last`, both included; empty when last < first.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function periodRange(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let key = first; key <= last; key = nextPeriod(key)) {
    periods.push(key);
    if (periods.length > 1200) break;
  }
  return periods;
}

/**
 * The middle value (the mean of the two middle values for an even count); null if none.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

type ComplaintFigures = {
  count: number;
  /** Complaints per category key (see categoryKey); only categories that occur. */
  byCategory: Record<string, number>;
  byChannel: Record<ComplaintChannel, number>;
  resolved: number;
  /** resolved / count, from 0 to 1; null without complaints. */
  resolvedShare: number | null;
  fixedOnTheSpot: number;
  fixedOnTheSpotShare: number | null;
  /** Median days from receipt to resolution of the resolved ones; null if none. */
  medianDaysToResolve: number | null;
  /** Complaints whose follow-up with the customer has a date. */
  followUpsDone: number;
  /** Distinct customers in the set who had complained before (at any earlier time). */
  repeatCustomers: number;
};

export type PeriodFigures = ComplaintFigures & { period: string };

/**
 * Complaints whose customer had complained before, by id: the same contact (or, without
 * one, the same name) on an earlier complaint. Ties in time are ordered by id.
 */
export function repeatComplaintIds(complaints: readonly Complaint[]): Set<string> {
  const ordered = [...complaints].sort(
    (a, b) => a.receivedAt - b.receivedAt || a.id.localeCompare(b.id),
  );
  const seen = new Set<string>();
  const repeats = new Set<string>();
  for (const complaint of ordered) {
    const key = customerKey(complaint);
    if (key === null) continue;
    if (seen.has(key)) repeats.add(complaint.id);
    seen.add(key);
  }
  return repeats;
}

function zeroChannels(): Record<ComplaintChannel, number> {
  return Object.fromEntries(COMPLAINT_CHANNELS.map((channel) => [channel, 0])) as Record<
    ComplaintChannel,
    number
  >;
}

/**
 * Figures for one set of complaints. `repeats` comes from repeatComplaintIds over the
 * whole log, so a customer counts as returning even when the first complaint lies in
 * an earlier period.
 */
export function figuresFor(
  complaints: readonly Complaint[],
  repeats: ReadonlySet<string>,
): ComplaintFigures {
  const byCategory: Record<string, number> = {};
  const byChannel = zeroChannels();
  const resolveDays: number[] = [];
  const returning = new Set<string>();
  let resolved = 0;
  let fixedOnTheSpot = 0;
  let followUpsDone = 0;
  for (const complaint of complaints) {
    const key = categoryKey(complaint);
    byCategory[key] = (byCategory[key] ?? 0) + 1;
    byChannel[complaint.channel] += 1;
    const days = daysToResolve(complaint);
    if (complaint.status === 'resolved' && days !== null) {
      resolved += 1;
      resolveDays.push(days);
    }
    if (complaint.fixedOnTheSpot) fixedOnTheSpot += 1;
    if (complaint.followUpDate !== null) followUpsDone += 1;
    const customer = customerKey(complaint);
    if (customer !== null && repeats.has(complaint.id)) returning.add(customer);
  }
  return {
    count: complaints.length,
    byCategory,
    byChannel,
    resolved,
    resolvedShare: share(resolved, complaints.length),
    fixedOnTheSpot,
    fixedOnTheSpotShare: share(fixedOnTheSpot, complaints.length),
    medianDaysToResolve: median(resolveDays),
    followUpsDone,
    repeatCustomers: returning.size,
  };
}

/**
 * One row per period from the first complaint's period to the last one's (or to
 * `until`'s period, if later), empty periods included so a chart shows the gaps.
 * A complaint belongs to the period it was received in.
 */
export function figuresByPeriod(
  complaints: readonly Complaint[],
  kind: PeriodKind,
  until?: number,
): PeriodFigures[] {
  if (complaints.length === 0) return [];
  const repeats = repeatComplaintIds(complaints);
  const groups = new Map<string, Complaint[]>();
  for (const complaint of complaints) {
    const key = periodKey(complaint.receivedAt, kind);
    groups.set(key, [...(groups.get(key) ?? []), complaint]);
  }
  const keys = [...groups.keys()].sort();
  const last =
    until === undefined ? keys.at(-1)! : [keys.at(-1)!, periodKey(until, kind)].sort()[1]!;
  return periodRange(keys[0]!, last).map((period) => ({
    period,
    ...figuresFor(groups.get(period) ?? [], repeats),
  }));
}

/** Category keys by how often they occur (most first; ties by key), with counts. */
export function rankedCategories(
  byCategory: Readonly<Record<string, number>>,
): { key: string; count: number }[] {
  return Object.entries(byCategory)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * CSAT as a percentage (0–100).
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function csatPercent(csat: CsatResult): number {
  return (csat.satisfied / csat.responses) * 100;
}

type NpsBreakdown = {
  promoters: number;
  passives: number;
  detractors: number;
  total: number;
  /** From −100 to 100. */
  score: number;
};

/**
 * NPS from the counts of each answer 0–10: promoters 9–10, passives 7–8, detractors 0–6.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function npsBreakdown(nps: NpsResult): NpsBreakdown {
  const sum = (from: number, to: number) =>
    nps.counts.slice(from, to + 1).reduce((total, n) => total + n, 0);
  const detractors = sum(0, 6);
  const passives = sum(7, 8);
  const promoters = sum(9, 10);
  const total = detractors + passives + promoters;
  return {
    promoters,
    passives,
    detractors,
    total,
    score: total === 0 ? 0 : ((promoters - detractors) / total) * 100,
  };
}

export type SurveyPoint = {
  id: string;
  date: string;
  label: string;
  csat: number | null;
  csatResponses: number;
  nps: number | null;
  npsResponses: number;
};

/** Survey rounds oldest first (by date, then by when they were entered), with their figures. */
export function surveyTrend(surveys: readonly CustomerSurvey[]): SurveyPoint[] {
  return [...surveys]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || a.createdAt - b.createdAt || a.id.localeCompare(b.id),
    )
    .map((survey) => {
      const nps = survey.nps ? npsBreakdown(survey.nps) : null;
      return {
        id: survey.id,
        date: survey.date,
        label: survey.label,
        csat: survey.csat ? csatPercent(survey.csat) : null,
        csatResponses: survey.csat?.responses ?? 0,
        nps: nps ? nps.score : null,
        npsResponses: nps?.total ?? 0,
      };
    });
}

export type RecordsSummary = {
  /** The window the complaint figures cover, in days up to `now`. */
  windowDays: number;
  complaints: ComplaintFigures;
  /** Complaints still open, whenever they came in. */
  openNow: number;
  /** All complaints ever logged for the business. */
  loggedEver: number;
  /** The most recent survey round with its figures, or null. */
  latestSurvey: SurveyPoint | null;
  surveyRounds: number;
};

/**
 * What a business's own records say, for the audit's feedback and accessibility
 * statements and the report: complaints received in the last `windowDays` days, open
 * complaints, and the latest survey round. Context for the owner, never an answer.
 */
export function recordsSummary(
  complaints: readonly Complaint[],
  surveys: readonly CustomerSurvey[],
  now: number,
  windowDays = 90,
): RecordsSummary {
  const since = now - windowDays * DAY_MS;
  const recent = complaints.filter((c) => c.receivedAt > since && c.receivedAt <= now);
  const trend = surveyTrend(surveys);
  return {
    windowDays,
    complaints: figuresFor(recent, repeatComplaintIds(complaints)),
    openNow: complaints.filter((c) => c.status === 'open').length,
    loggedEver: complaints.length,
    latestSurvey: trend.at(-1) ?? null,
    surveyRounds: trend.length,
  };
}
