import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment';
import { businessesWithResults, compareAssessments, previousAuditOf, trendFor } from './compare';
import { ITEM_IDS, type AnswerValue, type Answers } from './instrument';

function answers(fill: AnswerValue, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(ITEM_IDS.map((id) => [id, fill])), ...overrides };
}

function assessment(
  id: string,
  name: string,
  completedAt: number | null,
  a: Answers,
  context = '',
): Assessment {
  return {
    id,
    businessName: name,
    respondent: '',
    context,
    locale: 'en',
    answers: a,
    notes: {},
    createdAt: 0,
    updatedAt: completedAt ?? 0,
    completedAt,
  };
}

describe('compareAssessments', () => {
  it('gives exact changes per section and in total', () => {
    const before = { answers: answers(3, { 'feedback.1': 2 }) };
    const after = { answers: answers(3, { 'staff.1': 5, 'culture.4': 2 }) };
    const comparison = compareAssessments(before, after)!;
    const bySection = Object.fromEntries(comparison.sections.map((s) => [s.sectionId, s]));
    expect(bySection.feedback).toMatchObject({ changeSixtieths: 20, direction: 'up' });
    expect(bySection.staff).toMatchObject({ changeSixtieths: 24, direction: 'up', after: 3.4 });
    expect(bySection.culture).toMatchObject({ changeSixtieths: -15, direction: 'down' });
    expect(bySection.products).toMatchObject({ changeSixtieths: 0, direction: 'same' });
    // 20 + 24 − 15 = 29 sixtieths
    expect(comparison.total.change).toBeCloseTo(29 / 60, 12);
    expect(comparison.total.direction).toBe('up');
    expect(comparison.bandBefore).toBe('atRisk');
    expect(comparison.bandAfter).toBe('adequate');
  });

  it('is undefined when either assessment is incomplete', () => {
    const partial = answers(3);
    delete partial['staff.5'];
    expect(compareAssessments({ answers: partial }, { answers: answers(4) })).toBeUndefined();
  });
});

describe('trendFor', () => {
  const all = [
    assessment('c', 'Corner Bakery', 3_000, answers(4)),
    assessment('a', ' corner bakery ', 1_000, answers(2)),
    assessment('b', 'Corner Bakery', 2_000, answers(3)),
    assessment('d', 'Corner Bakery', null, answers(1, {})),
    assessment('e', 'Other Shop', 500, answers(5)),
    // The same name in another context (another course) is another business.
    assessment('f', 'Corner Bakery', 4_000, answers(5), 'Course B'),
    // Unnamed audits are nobody's business: no trend, even with two of them.
    assessment('g', '', 600, answers(3)),
    assessment('h', '  ', 700, answers(3)),
  ];

  it('lists the completed assessments of one business, oldest first', () => {
    const points = trendFor(all, { businessName: 'CORNER BAKERY', context: '' });
    expect(points.map((p) => p.assessmentId)).toEqual(['a', 'b', 'c']);
    expect(points.map((p) => p.total)).toEqual([14, 21, 28]);
    expect(points.map((p) => p.band)).toEqual(['atRisk', 'adequate', 'asset']);
    expect(points[2]!.sections.staff).toBe(4);
  });

  it('keeps another context apart and gives unnamed audits no trend', () => {
    expect(trendFor(all, { businessName: 'corner bakery', context: 'course b' })).toHaveLength(1);
    expect(trendFor(all, { businessName: '', context: '' })).toEqual([]);
  });

  it('finds businesses with enough results, most recent first, spelt as last typed', () => {
    expect(businessesWithResults(all, 2)).toEqual([{ businessName: 'Corner Bakery', context: '' }]);
    expect(businessesWithResults(all)).toEqual([
      { businessName: 'Corner Bakery', context: 'Course B' },
      { businessName: 'Corner Bakery', context: '' },
      { businessName: 'Other Shop', context: '' },
    ]);
  });
});

describe('previousAuditOf', () => {
  const all = [
    assessment('c', 'Corner Bakery', 3_000, answers(4)),
    assessment('a', ' corner bakery ', 1_000, answers(2)),
    assessment('b', 'Corner Bakery', 2_000, answers(3)),
    assessment('d', 'Corner Bakery', null, answers(1, {})),
    assessment('e', 'Other Shop', 2_500, answers(5)),
    assessment('u1', '', 1_000, answers(2)),
    assessment('u2', '', 2_000, answers(3)),
    assessment('t1', 'Twins', 5_000, answers(2)),
    assessment('t2', 'Twins', 5_000, answers(3)),
  ];
  const byId = (id: string) => all.find((a) => a.id === id)!;

  it.each([
    ['c', 'b'], // the latest earlier one of the same business, not another business
    ['b', 'a'], // names match regardless of case and spaces
    ['a', undefined], // the first audit has none
    ['d', undefined], // an unfinished audit has none
    ['e', undefined],
    ['u2', undefined], // unnamed audits are not linked
    ['t2', 't1'], // finished at the same moment: the order of ids decides, both ways
    ['t1', undefined],
  ])('%s → %s', (id, expected) => {
    expect(previousAuditOf(byId(id), all)?.id).toBe(expected);
  });
});
