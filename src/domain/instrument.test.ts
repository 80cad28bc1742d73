import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_VALUES,
  ITEM_IDS,
  SECTIONS,
  SECTION_IDS,
  answeredCount,
  firstUnansweredItem,
  isAnswerValue,
  isItemId,
  isSectionId,
  sectionOf,
  type Answers,
} from './instrument';

// Seed 003, part 3: seven sections of 4, 4, 3, 3, 3, 5 and 3 statements.
describe('the instrument', () => {
  it.each([
    ['culture', 4],
    ['products', 4],
    ['feedback', 3],
    ['knowledge', 3],
    ['accessibility', 3],
    ['staff', 5],
    ['improvement', 3],
  ] as const)('section %s holds %i statements, numbered from 1', (id, count) => {
    const section = SECTIONS.find((s) => s.id === id);
    expect(section?.itemIds).toEqual(Array.from({ length: count }, (_, i) => `${id}.${i + 1}`));
  });

  it('lists the sections in instrument order, each once, with 25 statements in all', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([...SECTION_IDS]);
    expect(SECTIONS.flatMap((s) => s.itemIds)).toEqual([...ITEM_IDS]);
    expect(new Set(ITEM_IDS).size).toBe(25);
  });
});

describe('sectionOf', () => {
  it.each([
    ['culture.1', 'culture'],
    ['products.4', 'products'],
    ['accessibility.3', 'accessibility'],
    ['staff.5', 'staff'],
    ['improvement.3', 'improvement'],
  ] as const)('%s → %s', (itemId, section) => {
    expect(sectionOf(itemId)).toBe(section);
  });
});

describe('guards', () => {
  it.each([
    ['culture.1', true],
    ['improvement.3', true],
    ['culture.5', false],
    ['Culture.1', false],
    ['culture', false],
    ['', false],
    [' culture.1', false],
  ])('isItemId(%j) is %s', (value, expected) => {
    expect(isItemId(value)).toBe(expected);
  });

  it.each([
    ['culture', true],
    ['improvement', true],
    ['culture.1', false],
    ['Staff', false],
    ['', false],
  ])('isSectionId(%j) is %s', (value, expected) => {
    expect(isSectionId(value)).toBe(expected);
  });

  it.each([
    [1, true],
    [3, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    [-1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['3', false],
    [null, false],
    [undefined, false],
  ])('isAnswerValue(%j) is %s', (value, expected) => {
    expect(isAnswerValue(value)).toBe(expected);
  });

  it('accepts exactly the five scale values among all integers', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(isAnswerValue(n)).toBe((ANSWER_VALUES as readonly number[]).includes(n));
      }),
    );
  });
});

const all = (value: 1 | 2 | 3 | 4 | 5): Answers =>
  Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as Answers;
const without = (answers: Answers, ...ids: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id))) as Answers;

describe('progress', () => {
  it.each([
    ['nothing answered', {}, 'culture.1', 0],
    ['only the first answered', { 'culture.1': 4 }, 'culture.2', 1],
    ['a gap before later answers', { 'culture.1': 1, 'culture.3': 2 }, 'culture.2', 2],
    ['all but the last', without(all(3), 'improvement.3'), 'improvement.3', 24],
    ['all but one in the middle', without(all(5), 'knowledge.2'), 'knowledge.2', 24],
    ['all 25', all(1), undefined, 25],
  ] as const)('%s', (_case, answers, first, count) => {
    expect(firstUnansweredItem(answers)).toBe(first);
    expect(answeredCount(answers)).toBe(count);
  });

  it('counts what is answered and finds the first gap, for any subset', () => {
    fc.assert(
      fc.property(fc.subarray([...ITEM_IDS]), (answered) => {
        const answers = Object.fromEntries(answered.map((id) => [id, 3])) as Answers;
        expect(answeredCount(answers)).toBe(answered.length);
        expect(firstUnansweredItem(answers)).toBe(ITEM_IDS.find((id) => !answered.includes(id)));
      }),
    );
  });
});
