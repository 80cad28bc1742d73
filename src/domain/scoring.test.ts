import { describe, expect, it } from 'vitest';
import { ITEM_IDS, SECTIONS, type AnswerValue, type Answers, type SectionId } from './instrument';
import {
  bandFor,
  bandForSixtieths,
  scoreAnswers,
  sectionScore,
  weakestSections,
  type Band,
} from './scoring';

/** Every statement of a section set to the given values, in order (cycled when shorter). */
function answersFrom(
  bySection: Partial<Record<SectionId, readonly AnswerValue[]>>,
  fill?: AnswerValue,
): Answers {
  const answers: Answers = {};
  for (const section of SECTIONS) {
    const values = bySection[section.id];
    section.itemIds.forEach((itemId, index) => {
      const value = values ? values[index % values.length] : fill;
      if (value !== undefined) answers[itemId] = value;
    });
  }
  return answers;
}

function uniform(value: AnswerValue): Answers {
  return answersFrom({}, value);
}

/** What a naive implementation would compute: floating-point averages added up. */
function naiveTotal(answers: Answers): number {
  return SECTIONS.reduce((total, section) => {
    const sum = section.itemIds.reduce((s, itemId) => s + (answers[itemId] ?? 0), 0);
    return total + sum / section.itemIds.length;
  }, 0);
}

/**
 * Deterministic search for complete answer sets whose exact total is `target` but whose
 * naive floating-point total is not exactly `target`. Answers are drawn around the
 * per-statement value that makes the target likely (mulberry32 for a seeded generator).
 */
function findFloatTraps(target: number, wanted: number): Answers[] {
  const found: Answers[] = [];
  let seed = 0x9e3779b9;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const centre = Math.round(target / 7);
  const choices = [centre - 1, centre, centre + 1].filter((v) => v >= 1 && v <= 5) as AnswerValue[];
  for (let attempt = 0; attempt < 200_000 && found.length < wanted; attempt++) {
    const answers: Answers = {};
    for (const itemId of ITEM_IDS)
      answers[itemId] = choices[Math.floor(random() * choices.length)]!;
    const score = scoreAnswers(answers);
    if (score.totalSixtieths === target * 60 && naiveTotal(answers) !== target) {
      found.push(answers);
    }
  }
  return found;
}

describe('sectionScore', () => {
  it.each([
    // section, values, expected average in sixtieths, expected average
    ['feedback', [1, 2, 2], 100, 5 / 3],
    ['feedback', [5, 5, 4], 280, 14 / 3],
    ['culture', [1, 2, 3, 4], 150, 2.5],
    ['culture', [5, 5, 5, 4], 285, 4.75],
    ['staff', [1, 2, 3, 4, 5], 180, 3],
    ['staff', [4, 4, 4, 4, 3], 228, 3.8],
  ] as const)('%s %j → %i sixtieths', (sectionId, values, sixtieths, average) => {
    const score = sectionScore(answersFrom({ [sectionId]: values }), sectionId);
    expect(score.averageSixtieths).toBe(sixtieths);
    expect(score.average).toBeCloseTo(average, 12);
    expect(score.answered).toBe(values.length);
  });

  it.each(SECTIONS.map((section) => [section.id, section.itemIds.length] as const))(
    '%s has %i statements and no average until all are answered',
    (sectionId, size) => {
      const answers: Answers = {};
      const section = SECTIONS.find((s) => s.id === sectionId)!;
      section.itemIds.slice(0, size - 1).forEach((itemId) => (answers[itemId] = 5));
      const partial = sectionScore(answers, sectionId);
      expect(partial.size).toBe(size);
      expect(partial.answered).toBe(size - 1);
      expect(partial.average).toBeUndefined();
      answers[section.itemIds[size - 1]!] = 5;
      expect(sectionScore(answers, sectionId).average).toBe(5);
    },
  );

  it('has the section sizes of the instrument', () => {
    expect(SECTIONS.map((s) => s.itemIds.length)).toEqual([4, 4, 3, 3, 3, 5, 3]);
    expect(ITEM_IDS).toHaveLength(25);
  });
});

describe('scoreAnswers', () => {
  it.each([
    [1, 7, 'atRisk'],
    [2, 14, 'atRisk'],
    [3, 21, 'adequate'],
    [4, 28, 'asset'],
    [5, 35, 'asset'],
  ] as const)('all %i → total %i (%s)', (value, total, band) => {
    const score = scoreAnswers(uniform(value));
    expect(score.complete).toBe(true);
    expect(score.answered).toBe(25);
    expect(score.total).toBe(total);
    expect(score.totalSixtieths).toBe(total * 60);
    expect(score.band).toBe(band);
  });

  it('has no total, band or completeness while a statement is missing', () => {
    const answers = uniform(4);
    delete answers['improvement.3'];
    const score = scoreAnswers(answers);
    expect(score.complete).toBe(false);
    expect(score.answered).toBe(24);
    expect(score.total).toBeUndefined();
    expect(score.band).toBeUndefined();
  });

  it.each([
    // just below / on / above 21 and 28: feedback section moves by one answer = 1/3 point
    ['just below 21', answersFrom({ feedback: [3, 3, 2] }, 3), 21 * 60 - 20, 'atRisk'],
    ['exactly 21', uniform(3), 21 * 60, 'adequate'],
    ['just above 21', answersFrom({ feedback: [3, 3, 4] }, 3), 21 * 60 + 20, 'adequate'],
    // staff section moves by 1/5 point
    ['a fifth below 28', answersFrom({ staff: [4, 4, 4, 4, 3] }, 4), 28 * 60 - 12, 'adequate'],
    ['exactly 28', uniform(4), 28 * 60, 'asset'],
    ['a quarter above 28', answersFrom({ culture: [4, 4, 4, 5] }, 4), 28 * 60 + 15, 'asset'],
    // three sixtieths above 28: one culture answer up (+1/4), one staff answer down (−1/5)
    [
      'three sixtieths above 28',
      answersFrom({ culture: [4, 4, 4, 5], staff: [4, 4, 4, 4, 3] }, 4),
      28 * 60 + 3,
      'asset',
    ],
    // the smallest possible gap: 20·(−2) + 15·(+1) + 12·(+2) = −1 sixtieth
    [
      'one sixtieth below 28',
      answersFrom({ feedback: [4, 3, 3], culture: [4, 4, 4, 5], staff: [5, 5, 4, 4, 4] }, 4),
      28 * 60 - 1,
      'adequate',
    ],
    [
      'one sixtieth below 21',
      answersFrom({ feedback: [3, 2, 2], culture: [3, 3, 3, 4], staff: [4, 4, 3, 3, 3] }, 3),
      21 * 60 - 1,
      'atRisk',
    ],
    [
      'one sixtieth above 21',
      answersFrom({ feedback: [3, 4, 4], culture: [3, 3, 3, 2], staff: [2, 2, 3, 3, 3] }, 3),
      21 * 60 + 1,
      'adequate',
    ],
  ] as const)('%s', (_label, answers, sixtieths, band: Band) => {
    const score = scoreAnswers(answers);
    expect(score.totalSixtieths).toBe(sixtieths);
    expect(score.band).toBe(band);
  });
});

describe('float traps', () => {
  it.each([21, 28])(
    'answer sets totalling exactly %i whose naive float sum is off are banded correctly',
    (target) => {
      const traps = findFloatTraps(target, 20);
      // The search must find real traps, or the test proves nothing.
      expect(traps.length).toBeGreaterThanOrEqual(5);
      for (const answers of traps) {
        expect(naiveTotal(answers)).not.toBe(target);
        const score = scoreAnswers(answers);
        expect(score.totalSixtieths).toBe(target * 60);
        expect(score.band).toBe(target === 28 ? 'asset' : 'adequate');
        // The number-based entry point snaps to sixtieths and agrees.
        expect(bandFor(naiveTotal(answers))).toBe(score.band);
      }
    },
  );
});

describe('bandFor', () => {
  it.each([
    [7, 'atRisk'],
    [20, 'atRisk'],
    [20 + 59 / 60, 'atRisk'],
    [21, 'adequate'],
    [0.1 + 0.2 + 20.7, 'adequate'],
    [27 + 59 / 60, 'adequate'],
    [28, 'asset'],
    [35, 'asset'],
  ] as const)('%d → %s', (total, band) => {
    expect(bandFor(total)).toBe(band);
  });

  it('rejects a fractional number of sixtieths', () => {
    expect(() => bandForSixtieths(1260.5)).toThrow(RangeError);
  });
});

describe('weakestSections', () => {
  it('returns the two lowest sections', () => {
    const score = scoreAnswers(answersFrom({ feedback: [1, 2, 2], staff: [2, 2, 2, 2, 2] }, 4));
    expect(weakestSections(score)).toEqual(['feedback', 'staff']);
  });

  it('includes sections tied with the last one taken', () => {
    const score = scoreAnswers(answersFrom({ feedback: [1], knowledge: [2], improvement: [2] }, 4));
    expect(weakestSections(score)).toEqual(['feedback', 'knowledge', 'improvement']);
  });

  it('points at nothing when every section scores the same', () => {
    expect(weakestSections(scoreAnswers(uniform(3)))).toEqual([]);
  });

  it('ignores incomplete sections', () => {
    const answers = answersFrom({ feedback: [1, 1, 1] }, 4);
    delete answers['feedback.3'];
    expect(weakestSections(scoreAnswers(answers), 1)).not.toContain('feedback');
  });
});

// Cases written against the mutants StrykerJS left alive (npm run mutation).
describe('weakestSections: every rule at its edge', () => {
  // Section averages culture 1, products 2, feedback 3, knowledge 4, the rest 5.
  const steps = scoreAnswers(
    answersFrom({ culture: [1], products: [2], feedback: [3], knowledge: [4] }, 5),
  );

  it.each([
    [1, ['culture']],
    [2, ['culture', 'products']],
    [3, ['culture', 'products', 'feedback']],
    [4, ['culture', 'products', 'feedback', 'knowledge']],
    // More than there are: every section below the highest, never those at the top.
    [7, ['culture', 'products', 'feedback', 'knowledge']],
    [10, ['culture', 'products', 'feedback', 'knowledge']],
  ])('the %i weakest of distinct averages', (count, expected) => {
    expect(weakestSections(steps, count)).toEqual(expected);
  });

  it('points at nothing when no section is complete yet, and does not throw', () => {
    expect(weakestSections(scoreAnswers({}))).toEqual([]);
    expect(weakestSections(scoreAnswers({ 'culture.1': 1 }))).toEqual([]);
  });

  it('points at nothing when all sections tie, whatever the count', () => {
    for (const value of [1, 2, 5] as const)
      for (const count of [1, 2, 7])
        expect(weakestSections(scoreAnswers(uniform(value)), count)).toEqual([]);
  });

  it('leaves out an incomplete section even when its answers are the lowest', () => {
    const answers = answersFrom({ feedback: [1, 1, 1], staff: [2] }, 4);
    delete answers['feedback.3'];
    expect(weakestSections(scoreAnswers(answers), 2)).toEqual(['staff']);
  });
});

describe('refusals', () => {
  it('names an unknown section', () => {
    expect(() => sectionScore({}, 'nonsense' as SectionId)).toThrow(/^Unknown section nonsense$/);
  });

  it('refuses a total in sixtieths that is not an integer, saying so', () => {
    expect(() => bandForSixtieths(1260.5)).toThrow(/must be an integer, got 1260.5/);
  });
});
