import { describe, expect, it } from 'vitest';
import { emptyComplaintFields, type Complaint } from './complaints';
import { customerSurveySchema, type CustomerSurvey } from './customer-surveys';
import {
  csatPercent,
  figuresByPeriod,
  figuresFor,
  median,
  nextPeriod,
  npsBreakdown,
  periodKey,
  periodRange,
  periodStart,
  quarterOf,
  rankedCategories,
  recordsSummary,
  repeatComplaintIds,
  surveyTrend,
} from './feedback-figures';

const DAY = 86_400_000;
/** Local time, so the tests hold in every time zone. */
const at = (year: number, month: number, day: number, hour = 12) =>
  new Date(year, month - 1, day, hour).getTime();

let serial = 0;
function complaint(receivedAt: number, overrides: Partial<Complaint> = {}): Complaint {
  serial += 1;
  return {
    id: `c${String(serial).padStart(4, '0')}`,
    businessName: 'Corner Bakery',
    context: '',
    ...emptyComplaintFields(receivedAt, {
      summary: 'Something went wrong',
      channel: 'phone',
      category: 'wrongOrder',
      customCategory: '',
    }),
    status: 'open',
    resolvedAt: null,
    createdAt: receivedAt,
    updatedAt: receivedAt,
    ...overrides,
  };
}
const resolvedAfter = (days: number, received: number): Partial<Complaint> => ({
  status: 'resolved',
  resolvedAt: received + days * DAY,
});

describe('periods', () => {
  it.each([
    [at(2025, 1, 1, 0), 'month', '2025-01'],
    [at(2025, 12, 31, 23), 'month', '2025-12'],
    [at(2025, 3, 31, 23), 'quarter', '2025-Q1'],
    [at(2025, 4, 1, 0), 'quarter', '2025-Q2'],
    [at(2025, 12, 31, 23), 'quarter', '2025-Q4'],
    [at(2026, 1, 1, 0), 'quarter', '2026-Q1'],
  ] as const)('%d in a %s is %s', (time, kind, key) => {
    expect(periodKey(time, kind)).toBe(key);
  });

  it.each([
    ['2025-11', '2025-12'],
    ['2025-12', '2026-01'],
    ['2025-Q3', '2025-Q4'],
    ['2025-Q4', '2026-Q1'],
    ['1999-12', '2000-01'],
  ])('after %s comes %s', (key, next) => {
    expect(nextPeriod(key)).toBe(next);
  });

  it('ranges across a year end and starts periods on their first local day', () => {
    expect(periodRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodRange('2025-Q4', '2026-Q2')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodRange('2026-02', '2025-11')).toEqual([]);
    expect(periodStart('2026-Q3')).toEqual(new Date(2026, 6, 1));
    expect(periodStart('2026-02')).toEqual(new Date(2026, 1, 1));
    expect(quarterOf('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(() => nextPeriod('2026-13')).toThrow(RangeError);
    expect(() => quarterOf('2026-03')).toThrow(RangeError);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[3, 1], 2],
    [[5, 1, 3], 3],
    [[0, 0, 10, 1], 0.5],
    [[0.5, 2.25, 1], 1],
  ])('of %o is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('complaint figures', () => {
  it('has no periods and no shares without complaints', () => {
    expect(figuresByPeriod([], 'month')).toEqual([]);
    expect(figuresFor([], new Set())).toMatchObject({
      count: 0,
      byCategory: {},
      resolved: 0,
      resolvedShare: null,
      fixedOnTheSpotShare: null,
      medianDaysToResolve: null,
      followUpsDone: 0,
      repeatCustomers: 0,
    });
  });

  it('one open complaint: counted, nothing resolved, no median', () => {
    const [row] = figuresByPeriod([complaint(at(2026, 3, 3))], 'month');
    expect(row).toMatchObject({
      period: '2026-03',
      count: 1,
      byCategory: { wrongOrder: 1 },
      resolved: 0,
      resolvedShare: 0,
      fixedOnTheSpot: 0,
      fixedOnTheSpotShare: 0,
      medianDaysToResolve: null,
    });
    expect(row!.byChannel).toMatchObject({ phone: 1, email: 0, inPerson: 0 });
  });

  it('one complaint fixed on the spot: resolved in zero days', () => {
    const t = at(2026, 3, 3);
    const [row] = figuresByPeriod(
      [complaint(t, { fixedOnTheSpot: true, status: 'resolved', resolvedAt: t })],
      'quarter',
    );
    expect(row).toMatchObject({
      period: '2026-Q1',
      count: 1,
      resolved: 1,
      resolvedShare: 1,
      fixedOnTheSpotShare: 1,
      medianDaysToResolve: 0,
    });
  });

  it('counts by category and channel, shares, median of resolved ones only, follow-ups', () => {
    const t = at(2026, 5, 4);
    const list = [
      complaint(t, { ...resolvedAfter(1, t), followUpDate: '2026-05-06' }),
      complaint(t, { ...resolvedAfter(4, t), channel: 'email', category: 'lateDelivery' }),
      complaint(t, { ...resolvedAfter(2, t), channel: 'email' }),
      complaint(t, { category: 'custom', customCategory: 'Parking', channel: 'socialMedia' }),
      complaint(t, { category: 'custom', customCategory: ' parking', followUpDate: '2026-05-20' }),
    ];
    const [row] = figuresByPeriod(list, 'month');
    expect(row).toMatchObject({
      count: 5,
      byCategory: { wrongOrder: 2, lateDelivery: 1, 'custom:parking': 2 },
      resolved: 3,
      resolvedShare: 0.6,
      fixedOnTheSpot: 0,
      medianDaysToResolve: 2,
      followUpsDone: 2,
    });
    expect(row!.byChannel).toMatchObject({ phone: 2, email: 2, socialMedia: 1, website: 0 });
    expect(rankedCategories(row!.byCategory)).toEqual([
      { key: 'custom:parking', count: 2 },
      { key: 'wrongOrder', count: 2 },
      { key: 'lateDelivery', count: 1 },
    ]);
  });

  it('puts a complaint in the period it came in, even when resolved in the next year', () => {
    const december = at(2025, 12, 30);
    const list = [complaint(december, resolvedAfter(5, december)), complaint(at(2026, 2, 10))];
    const months = figuresByPeriod(list, 'month');
    expect(months.map((row) => [row.period, row.count, row.resolved])).toEqual([
      ['2025-12', 1, 1],
      ['2026-01', 0, 0],
      ['2026-02', 1, 0],
    ]);
    expect(months[0]!.medianDaysToResolve).toBe(5);
    // The empty month has no shares rather than 0 %.
    expect(months[1]).toMatchObject({ resolvedShare: null, medianDaysToResolve: null });
    const quarters = figuresByPeriod(list, 'quarter');
    expect(quarters.map((row) => [row.period, row.count])).toEqual([
      ['2025-Q4', 1],
      ['2026-Q1', 1],
    ]);
  });

  it('runs up to a later "until" so the current empty period shows', () => {
    const rows = figuresByPeriod([complaint(at(2025, 11, 2))], 'month', at(2026, 1, 15));
    expect(rows.map((row) => row.period)).toEqual(['2025-11', '2025-12', '2026-01']);
    // An earlier "until" never cuts off complaints.
    expect(figuresByPeriod([complaint(at(2025, 11, 2))], 'month', at(2025, 1, 1))).toHaveLength(1);
  });

  it('counts customers who complained before, across periods, once per period', () => {
    const ana = { customerName: 'Ana', customerContact: '0900 111 222' };
    const list = [
      complaint(at(2025, 12, 20), ana),
      complaint(at(2026, 1, 5), { customerName: 'ANA', customerContact: '0900111222' }),
      complaint(at(2026, 1, 9), ana),
      complaint(at(2026, 1, 10), { customerName: 'Boris' }),
      complaint(at(2026, 1, 11), { customerName: 'boris ' }),
      complaint(at(2026, 1, 12)),
      complaint(at(2026, 1, 13)),
    ];
    expect(repeatComplaintIds(list).size).toBe(3);
    const rows = figuresByPeriod(list, 'month');
    expect(rows.map((row) => [row.period, row.repeatCustomers])).toEqual([
      ['2025-12', 0],
      ['2026-01', 2],
    ]);
  });
});

describe('CSAT and NPS', () => {
  it.each([
    [{ responses: 1, satisfied: 1 }, 100],
    [{ responses: 1, satisfied: 0 }, 0],
    [{ responses: 40, satisfied: 34 }, 85],
    [{ responses: 3, satisfied: 2 }, 200 / 3],
  ])('CSAT of %o is %d %', (csat, expected) => {
    expect(csatPercent(csat)).toBeCloseTo(expected, 10);
  });

  const counts = (byScore: Record<number, number>) =>
    Array.from({ length: 11 }, (_, score) => byScore[score] ?? 0);

  it.each([
    [
      'only promoters',
      counts({ 9: 3, 10: 7 }),
      { promoters: 10, passives: 0, detractors: 0, score: 100 },
    ],
    [
      'only detractors',
      counts({ 0: 1, 6: 4 }),
      { promoters: 0, passives: 0, detractors: 5, score: -100 },
    ],
    [
      'only passives',
      counts({ 7: 2, 8: 2 }),
      { promoters: 0, passives: 4, detractors: 0, score: 0 },
    ],
    ['one answer of 9', counts({ 9: 1 }), { promoters: 1, passives: 0, detractors: 0, score: 100 }],
    [
      '6 is a detractor, 7 a passive, 9 a promoter',
      counts({ 6: 1, 7: 1, 9: 2 }),
      { promoters: 2, passives: 1, detractors: 1, score: 25 },
    ],
    [
      'a typical round',
      counts({ 2: 1, 5: 2, 7: 5, 8: 6, 9: 10, 10: 6 }),
      { promoters: 16, passives: 11, detractors: 3, total: 30, score: 130 / 3 },
    ],
  ])('NPS: %s', (_name, values, expected) => {
    const result = npsBreakdown({ counts: values });
    const { score, ...rest } = expected;
    expect(result).toMatchObject(rest);
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.total).toBe(result.promoters + result.passives + result.detractors);
  });
});

function survey(overrides: Partial<CustomerSurvey>): CustomerSurvey {
  return customerSurveySchema.parse({
    id: 's1',
    businessName: 'Corner Bakery',
    context: '',
    date: '2026-03-31',
    label: '',
    csat: null,
    nps: null,
    note: '',
    createdAt: 1_767_225_600_000,
    updatedAt: 1_767_225_600_000,
    ...overrides,
  });
}

describe('survey records', () => {
  it.each([
    ['neither part', {}, 'csat'],
    ['more satisfied than answers', { csat: { responses: 3, satisfied: 4 } }, 'csat.satisfied'],
    ['no answers to CSAT', { csat: { responses: 0, satisfied: 0 } }, 'csat.responses'],
    ['NPS with ten counts', { nps: { counts: Array(10).fill(1) } }, 'nps.counts'],
    ['NPS all zero', { nps: { counts: Array(11).fill(0) } }, 'nps.counts'],
    ['a negative count', { nps: { counts: [-1, ...Array(10).fill(1)] } }, 'nps.counts.0'],
    [
      'a date that does not exist',
      { date: '2026-02-29', csat: { responses: 1, satisfied: 1 } },
      'date',
    ],
  ])('rejects %s', (_name, overrides, path) => {
    expect(() => survey(overrides)).toThrow();
    const parsed = customerSurveySchema.safeParse({
      id: 's1',
      businessName: 'B',
      context: '',
      date: '2026-03-31',
      label: '',
      csat: null,
      nps: null,
      note: '',
      createdAt: 1_767_225_600_000,
      updatedAt: 1_767_225_600_000,
      ...overrides,
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('orders rounds by date and gives their figures', () => {
    const trend = surveyTrend([
      survey({ id: 'b', date: '2026-06-30', nps: { counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2] } }),
      survey({ id: 'a', date: '2026-03-31', csat: { responses: 20, satisfied: 15 } }),
    ]);
    expect(trend).toEqual([
      {
        id: 'a',
        date: '2026-03-31',
        label: '',
        csat: 75,
        csatResponses: 20,
        nps: null,
        npsResponses: 0,
      },
      {
        id: 'b',
        date: '2026-06-30',
        label: '',
        csat: null,
        csatResponses: 0,
        nps: 50,
        npsResponses: 4,
      },
    ]);
    expect(surveyTrend([])).toEqual([]);
  });
});

describe('records summary (context for the audit)', () => {
  const now = at(2026, 4, 10);

  it('is empty without records', () => {
    expect(recordsSummary([], [], now)).toMatchObject({
      windowDays: 90,
      complaints: { count: 0, resolvedShare: null, medianDaysToResolve: null },
      openNow: 0,
      loggedEver: 0,
      latestSurvey: null,
      surveyRounds: 0,
    });
  });

  it('covers the last 90 days, counts open ones whenever they came in, and the latest survey', () => {
    const old = at(2025, 12, 1);
    const list = [
      complaint(old),
      complaint(now - 10 * DAY, resolvedAfter(2, now - 10 * DAY)),
      complaint(now - 20 * DAY, resolvedAfter(3, now - 20 * DAY)),
      complaint(now - DAY),
      complaint(now + DAY),
    ];
    const summary = recordsSummary(
      list,
      [
        survey({ id: 'x', date: '2026-01-31', csat: { responses: 10, satisfied: 7 } }),
        survey({ id: 'y', date: '2026-03-31', csat: { responses: 10, satisfied: 9 } }),
      ],
      now,
    );
    expect(summary.complaints).toMatchObject({ count: 3, resolved: 2, medianDaysToResolve: 2.5 });
    expect(summary.openNow).toBe(3);
    expect(summary.loggedEver).toBe(5);
    expect(summary.latestSurvey).toMatchObject({ id: 'y', csat: 90 });
    expect(summary.surveyRounds).toBe(2);
  });
});
