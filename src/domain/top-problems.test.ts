import { describe, expect, it } from 'vitest';
import {
  MAX_PROBLEM_TITLE,
  candidatesFromLog,
  isRankable,
  problemSchema,
  problemScore,
  rankProblems,
  suggestedFrequency,
  topProblems,
  type Problem,
} from './top-problems';

const DAY = 86_400_000;

function problem(id: string, overrides: Partial<Problem> = {}): Problem {
  return {
    id,
    businessName: 'Corner Bakery',
    context: '',
    title: `Problem ${id}`,
    source: 'staff',
    categoryKey: null,
    frequency: 3,
    cost: 3,
    concrete: true,
    note: '',
    goal: null,
    createdAt: 1_767_225_600_000,
    updatedAt: 1_767_225_600_000,
    ...overrides,
  };
}

const ids = (list: readonly Problem[]) => list.map((p) => p.id);

describe('problem schema', () => {
  it.each([
    ['a valid problem', {}, null],
    ['an empty title', { title: ' ' }, 'title'],
    ['a title over the limit', { title: 'x'.repeat(MAX_PROBLEM_TITLE + 1) }, 'title'],
    ['frequency 0', { frequency: 0 }, 'frequency'],
    ['cost 6', { cost: 6 }, 'cost'],
    ['cost 2.5', { cost: 2.5 }, 'cost'],
    ['unknown source', { source: 'rumour' }, 'source'],
    ['from the log without a category', { source: 'complaintLog' }, 'categoryKey'],
    ['a category on a staff entry', { categoryKey: 'wrongOrder' }, 'categoryKey'],
    ['a goal without its id', { goal: { assessmentId: 'a1' } }, 'goal.goalId'],
  ])('%s', (_name, overrides, path) => {
    const parsed = problemSchema.safeParse({ ...problem('p'), ...overrides });
    if (path === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('ranking', () => {
  it.each([
    [{ frequency: 5, cost: 5 }, 25],
    [{ frequency: 1, cost: 1 }, 1],
    [{ frequency: 4, cost: null }, null],
    [{ frequency: null, cost: 2 }, null],
  ])('score of %o is %s', (rating, score) => {
    expect(problemScore(rating)).toBe(score);
  });

  it('is empty for an empty worksheet', () => {
    expect(rankProblems([])).toEqual([]);
    expect(topProblems([])).toEqual([]);
  });

  it('orders by frequency × cost, then frequency, then cost, then age', () => {
    const list = [
      problem('low', { frequency: 1, cost: 2 }),
      problem('often-cheap', { frequency: 4, cost: 2, createdAt: 5 }),
      problem('rare-costly', { frequency: 2, cost: 4 }),
      problem('top', { frequency: 5, cost: 4 }),
      problem('often-cheap-older', { frequency: 4, cost: 2, createdAt: 2 }),
    ];
    expect(ids(rankProblems(list))).toEqual([
      'top',
      'often-cheap-older',
      'often-cheap',
      'rare-costly',
      'low',
    ]);
    expect(ids(topProblems(list))).toEqual(['top', 'often-cheap-older', 'often-cheap']);
  });

  it('never puts a vague or unrated problem in the top three, however big', () => {
    const list = [
      problem('vague', {
        frequency: 5,
        cost: 5,
        concrete: false,
        title: 'Customers are not happy',
      }),
      problem('unrated', { frequency: null, cost: null }),
      problem('half-rated', { frequency: 5, cost: null }),
      problem('ok', { frequency: 1, cost: 1 }),
    ];
    expect(ids(rankProblems(list))).toEqual(['ok', 'vague', 'half-rated', 'unrated']);
    expect(ids(topProblems(list))).toEqual(['ok']);
    expect(isRankable(list[0]!)).toBe(false);
  });

  it('is a stable total order: shuffling the input never changes the ranking', () => {
    const list = Array.from({ length: 12 }, (_, index) =>
      problem(`p${index}`, {
        frequency: (index % 5) + 1,
        cost: ((index * 3) % 5) + 1,
        concrete: index % 4 !== 0,
        createdAt: index % 3,
      }),
    );
    const expected = ids(rankProblems(list));
    for (let round = 0; round < 20; round++) {
      const shuffled = [...list].sort(() => Math.random() - 0.5);
      expect(ids(rankProblems(shuffled))).toEqual(expected);
    }
  });
});

describe('suggestions from the log', () => {
  it.each([
    [0, 90, 1],
    [2, 90, 1],
    [3, 90, 2],
    [5, 90, 2],
    [6, 90, 3],
    [11, 90, 3],
    [12, 90, 4],
    [38, 90, 4],
    [39, 90, 5],
    [1, 30, 2],
    [4, 30, 4],
    [5, 0, 1],
  ])('%d complaints in %d days → frequency %d', (count, days, level) => {
    expect(suggestedFrequency(count, days)).toBe(level);
  });

  it('offers each recent category not yet on the worksheet, most frequent first', () => {
    const now = 1_000 * DAY;
    const entries = [
      ...Array.from({ length: 7 }, () => ({ receivedAt: now - DAY, categoryKey: 'lateDelivery' })),
      ...Array.from({ length: 3 }, () => ({
        receivedAt: now - 2 * DAY,
        categoryKey: 'custom:parking',
      })),
      { receivedAt: now - 3 * DAY, categoryKey: 'other' },
      { receivedAt: now - 4 * DAY, categoryKey: 'wrongOrder' },
      // Too old, in the future, or already on the worksheet:
      { receivedAt: now - 91 * DAY, categoryKey: 'faultyProduct' },
      { receivedAt: now + DAY, categoryKey: 'cleanliness' },
      { receivedAt: now - DAY, categoryKey: 'waitingTime' },
    ];
    expect(candidatesFromLog(entries, [{ categoryKey: 'waitingTime' }], now)).toEqual([
      { categoryKey: 'lateDelivery', count: 7, frequency: 3, concrete: true },
      { categoryKey: 'custom:parking', count: 3, frequency: 2, concrete: false },
      { categoryKey: 'other', count: 1, frequency: 1, concrete: false },
      { categoryKey: 'wrongOrder', count: 1, frequency: 1, concrete: true },
    ]);
    expect(candidatesFromLog([], [], now)).toEqual([]);
  });
});
