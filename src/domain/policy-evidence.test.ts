import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATEGORIES,
  categoryKey,
  emptyComplaintFields,
  type Complaint,
} from './complaints';
import { SECTION_IDS, type SectionId } from './instrument';
import { POLICY_AREA_IDS, areasByNeed, type HouseRule } from './policy';
import {
  CATEGORY_AREAS,
  EVIDENCE_WINDOW_DAYS,
  areaComplaintTotal,
  areaComplaints,
  areasByEvidence,
  complaintEvidence,
  reviewRules,
  ruleCategoryKey,
  type CategoryCount,
} from './policy-evidence';

const DAY = 86_400_000;
const NOW = new Date(2026, 5, 15, 12).getTime();

let serial = 0;
function complaint(daysAgo: number, overrides: Partial<Complaint> = {}): Complaint {
  serial += 1;
  const receivedAt = NOW - daysAgo * DAY;
  return {
    id: `c${String(serial).padStart(4, '0')}`,
    businessName: 'Corner Bakery',
    context: '',
    ...emptyComplaintFields(receivedAt, {
      summary: 'Something went wrong',
      channel: 'phone',
      category: 'lateDelivery',
      customCategory: '',
    }),
    status: 'open',
    resolvedAt: null,
    createdAt: receivedAt,
    updatedAt: receivedAt,
    ...overrides,
  };
}
const resolvedAfter = (days: number, daysAgo: number): Partial<Complaint> => ({
  status: 'resolved',
  resolvedAt: NOW - daysAgo * DAY + days * DAY,
});

describe('complaintEvidence', () => {
  it('is null for a business that never logged a complaint', () => {
    expect(complaintEvidence([], NOW)).toBeNull();
  });

  it('counts the last 90 days: top three categories, resolved, time to resolve, satisfied', () => {
    const log = [
      complaint(1, { category: 'lateDelivery', ...resolvedAfter(2, 1), customerSatisfied: true }),
      complaint(5, { category: 'lateDelivery', ...resolvedAfter(4, 5), customerSatisfied: false }),
      complaint(10, { category: 'lateDelivery' }),
      complaint(12, { category: 'wrongOrder', ...resolvedAfter(1, 12), customerSatisfied: true }),
      complaint(20, { category: 'wrongOrder' }),
      complaint(30, { category: 'custom', customCategory: 'Parking' }),
      complaint(31, { category: 'custom', customCategory: ' parking ' }),
      complaint(40, { category: 'staffManner' }),
      // Outside the window: logged, but not counted in the figures.
      complaint(EVIDENCE_WINDOW_DAYS + 1, { category: 'staffManner' }),
      complaint(200, { category: 'staffManner' }),
    ];
    const evidence = complaintEvidence(log, NOW)!;
    expect(evidence).toMatchObject({
      windowDays: 90,
      count: 8,
      loggedEver: 10,
      top: [
        { key: 'lateDelivery', count: 3 },
        { key: 'custom:parking', count: 2 },
        { key: 'wrongOrder', count: 2 },
      ],
      resolvedShare: 3 / 8,
      medianDaysToResolve: 2,
      satisfied: 2,
      followUpOutcomes: 3,
    });
    expect(evidence.categories).toHaveLength(4);
  });

  it('counts a window of any length, including complaints received exactly now', () => {
    const log = [complaint(0), complaint(6.9), complaint(7)];
    expect(complaintEvidence(log, NOW, 7)!.count).toBe(2);
  });

  it('property: the categories sum to the window count, the top three lead them', () => {
    const category = fc.constantFrom(...BUILTIN_CATEGORIES, 'custom' as const);
    fc.assert(
      fc.property(
        fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 200 }), category }), {
          minLength: 1,
          maxLength: 60,
        }),
        (entries) => {
          const log = entries.map(({ daysAgo, category: c }) =>
            complaint(daysAgo, {
              category: c,
              customCategory: c === 'custom' ? 'Own' : '',
            }),
          );
          const evidence = complaintEvidence(log, NOW)!;
          const sum = evidence.categories.reduce((total, entry) => total + entry.count, 0);
          expect(sum).toBe(evidence.count);
          expect(evidence.top).toEqual(evidence.categories.slice(0, 3));
          for (let i = 1; i < evidence.categories.length; i++)
            expect(evidence.categories[i - 1]!.count).toBeGreaterThanOrEqual(
              evidence.categories[i]!.count,
            );
          expect(evidence.satisfied).toBeLessThanOrEqual(evidence.followUpOutcomes);
          expect(evidence.loggedEver).toBe(log.length);
        },
      ),
    );
  });
});

describe('complaint categories and the policy areas', () => {
  it('every built-in category but "other" points to at least one area', () => {
    for (const category of BUILTIN_CATEGORIES) {
      if (category === 'other') expect(CATEGORY_AREAS[category]).toEqual([]);
      else expect(CATEGORY_AREAS[category].length, category).toBeGreaterThan(0);
    }
  });

  it.each<[string, CategoryCount[], Partial<Record<string, CategoryCount[]>>]>([
    ['no complaints', [], {}],
    [
      'a late delivery points to speed and follow-up',
      [{ key: 'lateDelivery', count: 4 }],
      {
        speed: [{ key: 'lateDelivery', count: 4 }],
        followUp: [{ key: 'lateDelivery', count: 4 }],
      },
    ],
    [
      'two categories on one area, most first',
      [
        { key: 'waitingTime', count: 1 },
        { key: 'lateDelivery', count: 3 },
      ],
      {
        speed: [
          { key: 'lateDelivery', count: 3 },
          { key: 'waitingTime', count: 1 },
        ],
        followUp: [{ key: 'lateDelivery', count: 3 }],
      },
    ],
    [
      'own categories, "other" and zero counts point nowhere',
      [
        { key: 'custom:parking', count: 5 },
        { key: 'other', count: 2 },
        { key: 'staffManner', count: 0 },
      ],
      {},
    ],
  ])('%s', (_, categories, expected) => {
    expect(areaComplaints(categories)).toEqual(expected);
  });

  it('property: an area’s total is the sum of the built-in categories that point to it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            key: fc.constantFrom(...BUILTIN_CATEGORIES, 'custom:x'),
            count: fc.integer({ min: 0, max: 50 }),
          }),
          { selector: (entry) => entry.key },
        ),
        (categories) => {
          const byArea = areaComplaints(categories);
          for (const area of POLICY_AREA_IDS) {
            const expected = categories
              .filter(
                (entry) =>
                  entry.key in CATEGORY_AREAS &&
                  CATEGORY_AREAS[entry.key as keyof typeof CATEGORY_AREAS].includes(area),
              )
              .reduce((total, entry) => total + entry.count, 0);
            expect(areaComplaintTotal(byArea[area])).toBe(expected);
          }
        },
      ),
    );
  });

  it.each<[string, SectionId[], CategoryCount[], string[]]>([
    [
      'without evidence: the source’s order',
      [],
      [],
      ['overview', 'speed', 'communication', 'followUp', 'complaints', 'retention', 'staff'],
    ],
    [
      'complaints alone: the areas they point to first, most complaints first',
      [],
      [
        { key: 'staffManner', count: 2 },
        { key: 'lateDelivery', count: 5 },
      ],
      ['speed', 'followUp', 'communication', 'staff', 'overview', 'complaints', 'retention'],
    ],
    [
      'the audit leads; complaints order the rest',
      ['staff'],
      [{ key: 'lateDelivery', count: 5 }],
      ['staff', 'speed', 'followUp', 'overview', 'communication', 'complaints', 'retention'],
    ],
  ])('areasByEvidence, %s', (_, weakest, categories, expected) => {
    expect(areasByEvidence(weakest, areaComplaints(categories))).toEqual(expected);
  });

  it('property: areasByEvidence orders every area once and matches areasByNeed without complaints', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...SECTION_IDS), { maxLength: 3 }),
        fc.array(
          fc.record({
            key: fc.constantFrom(...BUILTIN_CATEGORIES),
            count: fc.integer({ min: 1, max: 20 }),
          }),
          { maxLength: 8 },
        ),
        (weakest, categories) => {
          const order = areasByEvidence(weakest, areaComplaints(categories));
          expect([...order].sort()).toEqual([...POLICY_AREA_IDS].sort());
          expect(areasByEvidence(weakest, {})).toEqual(areasByNeed(weakest));
        },
      ),
    );
  });
});

describe('house rules and the complaint log', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['lateDelivery', 'lateDelivery'],
    ['Parking', 'custom:parking'],
    ['  parking  lot ', 'custom:parking lot'],
    ['پارکینگ', 'custom:پارکینگ'],
  ])('the rule category %j is the log key %j', (written, key) => {
    expect(ruleCategoryKey(written)).toBe(key);
  });

  it('a rule filed under the log’s own category matches it as the log counts it', () => {
    const logged = complaint(1, { category: 'custom', customCategory: 'Parking ' });
    expect(ruleCategoryKey('parking')).toBe(categoryKey(logged));
  });

  const rule = (
    id: string,
    text: string,
    category = '',
    complaints: number | null = null,
  ): HouseRule => ({ id, text, category, complaints });
  const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');

  it('flags rules customers complained about, most first, from the log’s categories', () => {
    const rules = [
      rule('r1', 'No returns without a receipt', 'Returns'),
      rule('r2', 'Deliveries only on weekdays', 'lateDelivery'),
      rule('r3', long),
      rule('r4', 'Cards accepted above RM10', '', 2),
      rule('r5', 'Open 8–18'),
      rule('r6', 'Parking for customers only', 'Parking', 7),
    ];
    const reviews = reviewRules(rules, [
      { key: 'custom:returns', count: 5 },
      { key: 'lateDelivery', count: 1 },
      { key: 'lateDelivery', count: 2 },
      { key: 'priceOrBill', count: 9 },
    ]);
    expect(reviews).toEqual([
      { ruleId: 'r6', complaints: 7, source: 'owner', long: false, verdict: 'removeOrSimplify' },
      {
        ruleId: 'r1',
        complaints: 5,
        source: 'categories',
        long: false,
        verdict: 'removeOrSimplify',
      },
      {
        ruleId: 'r2',
        complaints: 3,
        source: 'categories',
        long: false,
        verdict: 'removeOrSimplify',
      },
      { ruleId: 'r4', complaints: 2, source: 'owner', long: false, verdict: 'removeOrSimplify' },
      { ruleId: 'r3', complaints: 0, source: null, long: true, verdict: 'simplify' },
      { ruleId: 'r5', complaints: 0, source: null, long: false, verdict: 'keep' },
    ]);
  });

  it('uses the owner’s count when the log has no such category, and keeps rules nobody complained about', () => {
    expect(reviewRules([rule('a', 'Cash only', 'payment', 0)], [])).toEqual([
      { ruleId: 'a', complaints: 0, source: 'owner', long: false, verdict: 'keep' },
    ]);
    expect(reviewRules([], [{ key: 'x', count: 1 }])).toEqual([]);
  });

  it('property: every rule is reviewed once, most complaints first, flagged exactly when complained about', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1, maxLength: 40 }),
            category: fc.constantFrom('', 'lateDelivery', 'Parking', 'Returns'),
            complaints: fc.option(fc.integer({ min: 0, max: 9 })),
          }),
          { maxLength: 12 },
        ),
        fc.array(
          fc.record({
            key: fc.constantFrom('lateDelivery', 'custom:parking', 'wrongOrder'),
            count: fc.integer({ min: 0, max: 9 }),
          }),
          { maxLength: 5 },
        ),
        (entries, categories) => {
          const rules = entries.map((entry, index) => ({ id: `r${index}`, ...entry }));
          const reviews = reviewRules(rules, categories);
          expect(reviews.map((r) => r.ruleId).sort()).toEqual(rules.map((r) => r.id).sort());
          for (let i = 1; i < reviews.length; i++)
            expect(reviews[i - 1]!.complaints).toBeGreaterThanOrEqual(reviews[i]!.complaints);
          for (const review of reviews)
            expect(review.verdict === 'removeOrSimplify').toBe(review.complaints > 0);
        },
      ),
    );
  });
});
