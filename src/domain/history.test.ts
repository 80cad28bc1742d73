import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment';
import { businessChoices, filterAssessments, sortAssessments } from './history';
import { ITEM_IDS, type AnswerValue, type Answers } from './instrument';

const all = (value: AnswerValue): Answers => Object.fromEntries(ITEM_IDS.map((id) => [id, value]));

function audit(id: string, fields: Partial<Assessment>): Assessment {
  return {
    id,
    businessName: 'Corner Bakery',
    respondent: '',
    context: '',
    locale: 'en',
    answers: {},
    notes: {},
    createdAt: 0,
    updatedAt: 0,
    completedAt: null,
    ...fields,
  };
}

const LIST = [
  audit('done-low', {
    businessName: 'Zed Shop',
    answers: all(2),
    completedAt: 3_000,
    updatedAt: 3_000,
  }),
  audit('open', { businessName: 'corner bakery', answers: { 'culture.1': 5 }, updatedAt: 4_000 }),
  audit('done-high', { answers: all(5), completedAt: 2_000, updatedAt: 9_000 }),
  audit('unnamed', { businessName: '', answers: all(3), completedAt: 1_000, updatedAt: 1_000 }),
  audit('course-b', { context: 'Course B', answers: all(4), completedAt: 5_000, updatedAt: 5_000 }),
];
const ids = (list: readonly Assessment[]) => list.map((a) => a.id);

describe('sortAssessments', () => {
  it.each([
    // "When" is the completion time, or the last change while unfinished.
    ['newest', ['course-b', 'open', 'done-low', 'done-high', 'unnamed']],
    ['oldest', ['unnamed', 'done-high', 'done-low', 'open', 'course-b']],
    // By name as the language sorts it (case-insensitively here), newest first within a name.
    ['business', ['unnamed', 'course-b', 'open', 'done-high', 'done-low']],
    // Highest total first; the unfinished audit has none and comes last.
    ['total', ['done-high', 'course-b', 'unnamed', 'done-low', 'open']],
  ] as const)('by %s', (sort, expected) => {
    expect(ids(sortAssessments(LIST, sort, 'en'))).toEqual(expected);
  });

  it('returns a copy and leaves the list as it was', () => {
    const before = ids(LIST);
    sortAssessments(LIST, 'total', 'en');
    expect(ids(LIST)).toEqual(before);
  });
});

describe('filterAssessments', () => {
  // The filter's values are the choices offered on screen.
  const [unnamed = '?', bakery = '?'] = businessChoices(LIST, 'en').map((choice) => choice.value);

  it.each([
    ['everything', '', 'all', ['done-low', 'open', 'done-high', 'unnamed', 'course-b']],
    ['one business, however spelt, not its other context', bakery, 'all', ['open', 'done-high']],
    ['completed only', '', 'complete', ['done-low', 'done-high', 'unnamed', 'course-b']],
    ['in progress only', '', 'inProgress', ['open']],
    ['one business, completed', bakery, 'complete', ['done-high']],
    ['unnamed audits', unnamed, 'all', ['unnamed']],
  ] as const)('%s', (_case, business, status, expected) => {
    expect(ids(filterAssessments(LIST, { business, status }))).toEqual(expected);
  });
});

describe('businessChoices', () => {
  it('lists each business once (spelt as first listed), by name then context, unnamed audits as one choice', () => {
    expect(businessChoices(LIST, 'en').map((choice) => choice.business)).toEqual([
      { businessName: '', context: '' },
      { businessName: 'corner bakery', context: '' },
      { businessName: 'Corner Bakery', context: 'Course B' },
      { businessName: 'Zed Shop', context: '' },
    ]);
  });
});
