import { describe, expect, it } from 'vitest';
import { aggregateResults, meanCut } from './aggregate';
import { ITEM_IDS, SECTIONS, type AnswerValue, type Answers, type SectionId } from './instrument';

function uniform(value: AnswerValue, overrides: Partial<Record<SectionId, AnswerValue[]>> = {}) {
  const answers: Answers = {};
  for (const section of SECTIONS) {
    section.itemIds.forEach((itemId, index) => {
      const values = overrides[section.id];
      answers[itemId] = values ? values[index % values.length]! : value;
    });
  }
  return answers;
}

describe('aggregateResults: a hand-computed group of four', () => {
  // Totals 35 (asset), 7 (at risk), 21 (adequate, on the boundary), 26 (adequate).
  const group = [uniform(5), uniform(1), uniform(3), uniform(4, { culture: [2] })];
  const result = aggregateResults(group);

  it('counts participants and bands', () => {
    expect(result.participants).toBe(4);
    expect(result.incomplete).toBe(0);
    expect(result.bandCounts).toEqual({ asset: 1, adequate: 2, atRisk: 1 });
  });

  it('gives the mean, min, type-7 quartiles and max per section', () => {
    // culture: 5, 1, 3, 2 → sorted 1, 2, 3, 5
    expect(result.sections[0]).toEqual({
      sectionId: 'culture',
      sumSixtieths: 11 * 60,
      mean: 2.75,
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.5,
      max: 5,
    });
    // every other section: 5, 1, 3, 4 → sorted 1, 3, 4, 5
    for (const section of result.sections.slice(1)) {
      expect(section).toMatchObject({ mean: 3.25, min: 1, q1: 2.5, median: 3.5, q3: 4.25, max: 5 });
    }
  });

  it('gives the total distribution and the band of the mean', () => {
    // totals 35, 7, 21, 26 → sorted 7, 21, 26, 35
    expect(result.total).toEqual({
      sumSixtieths: 89 * 60,
      mean: 22.25,
      min: 7,
      q1: 17.5,
      median: 23.5,
      q3: 28.25,
      max: 35,
      meanBand: 'adequate',
    });
  });

  it('finds the weakest section, leaving out sections tied at the top', () => {
    expect(result.weakest).toEqual(['culture']);
  });
});

describe('aggregateResults: exactness and edge cases', () => {
  it('puts a group mean of exactly 28 in the asset band (totals 27 and 29)', () => {
    const result = aggregateResults([
      uniform(4, { feedback: [3] }),
      uniform(4, { improvement: [5] }),
    ]);
    expect(result.total?.mean).toBe(28);
    expect(result.total?.meanBand).toBe('asset');
    expect(result.bandCounts).toEqual({ asset: 1, adequate: 1, atRisk: 0 });
  });

  it('keeps thirds exact: feedback 8/3 and 3 average to 17/6', () => {
    const result = aggregateResults([uniform(3, { feedback: [3, 3, 2] }), uniform(3)]);
    const feedback = result.sections.find((section) => section.sectionId === 'feedback')!;
    expect(feedback.sumSixtieths).toBe(160 + 180);
    expect(feedback.mean).toBeCloseTo(17 / 6, 12);
    expect(feedback.median).toBeCloseTo(17 / 6, 12);
    // The group mean total 20.9166… is below 21: at risk, although one person is adequate.
    expect(result.total?.meanBand).toBe('atRisk');
  });

  it('leaves out incomplete answer sets and handles an empty group', () => {
    const { 'staff.2': _missing, ...partial } = uniform(3);
    const result = aggregateResults([partial, uniform(2)]);
    expect(result.participants).toBe(1);
    expect(result.incomplete).toBe(1);
    expect(result.total).toMatchObject({ min: 14, q1: 14, median: 14, q3: 14, max: 14 });
    expect(aggregateResults([])).toEqual({
      participants: 0,
      incomplete: 0,
      sections: [],
      total: undefined,
      bandCounts: { asset: 0, adequate: 0, atRisk: 0 },
      weakest: [],
    });
  });
});

// --- brute-force reference ---

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function reference(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
  };
}

describe('aggregateResults against a brute-force reference', () => {
  it.each([1, 2, 3, 999])('agrees on 1,000 seeded random participants (seed %i)', (seed) => {
    const random = mulberry32(seed);
    // A per-person tendency so the bands are all populated.
    const group: Answers[] = Array.from({ length: 1000 }, () => {
      const lean = random() * 4;
      return Object.fromEntries(
        ITEM_IDS.map((id) => [id, Math.min(5, Math.max(1, Math.round(1 + lean + random() - 0.5)))]),
      ) as Answers;
    });
    const result = aggregateResults(group);

    const averages = group.map((answers) =>
      SECTIONS.map(
        (section) =>
          section.itemIds.reduce((sum, id) => sum + answers[id]!, 0) / section.itemIds.length,
      ),
    );
    const totals = averages.map((row) => row.reduce((a, b) => a + b, 0));
    const expectedBands = { asset: 0, adequate: 0, atRisk: 0 };
    for (const total of totals) {
      if (total >= 28 - 1e-9) expectedBands.asset++;
      else if (total >= 21 - 1e-9) expectedBands.adequate++;
      else expectedBands.atRisk++;
    }

    expect(result.participants).toBe(1000);
    expect(result.bandCounts).toEqual(expectedBands);
    expect(expectedBands.asset * expectedBands.adequate * expectedBands.atRisk).toBeGreaterThan(0);
    SECTIONS.forEach((section, index) => {
      const expected = reference(averages.map((row) => row[index]!));
      const actual = result.sections[index]!;
      expect(actual.sectionId).toBe(section.id);
      for (const key of ['mean', 'min', 'q1', 'median', 'q3', 'max'] as const) {
        expect(actual[key], `${section.id} ${key}`).toBeCloseTo(expected[key], 9);
      }
    });
    const expectedTotal = reference(totals);
    for (const key of ['mean', 'min', 'q1', 'median', 'q3', 'max'] as const) {
      expect(result.total![key], `total ${key}`).toBeCloseTo(expectedTotal[key], 9);
    }
    const means = SECTIONS.map((section, index) => ({
      id: section.id,
      mean: reference(averages.map((row) => row[index]!)).mean,
    })).sort((a, b) => a.mean - b.mean);
    expect(result.weakest.slice(0, 2)).toEqual([means[0]!.id, means[1]!.id]);
  });
});

// Cases written against the mutants StrykerJS left alive (npm run mutation).
describe('aggregateResults: the band of the group mean at its thresholds', () => {
  // Totals: every section 3 → 21 exactly; one statement of culture lower → just under 21.
  const at21 = uniform(3);
  const under21 = uniform(3, { culture: [2, 3, 3] });
  const at28 = uniform(4);

  it.each([
    ['mean exactly 21', [at21, at21], 'adequate'],
    ['mean just under 21', [at21, under21], 'atRisk'],
    ['mean exactly 28', [at28, at28, at28], 'asset'],
    ['mean just under 28', [at28, uniform(4, { staff: [3, 4, 4, 4, 4] })], 'adequate'],
  ] as const)('%s → %s', (_case, sets, band) => {
    expect(aggregateResults(sets).total?.meanBand).toBe(band);
  });
});

describe('meanCut: a group mean cut, not rounded, to its decimals', () => {
  // sumSixtieths is the exact sum of the totals in sixtieths of a point.
  const sixtieths = (points: number) => Math.round(points * 60);
  it.each([
    // total points, participants, decimals, shown
    [63, 3, 2, 21], // exactly on the line
    [62.99, 3, 2, 20.99], // 20.99666…: cut, never rounded up to 21.00
    [83.99, 3, 2, 27.99], // 27.99666…
    [70, 3, 2, 23.33], // 23.333…
    [70, 3, 1, 23.3],
    [70, 3, 0, 23],
    [71, 3, 3, 23.666], // 23.6666…: cut at the third decimal
    [35, 1, 2, 35],
  ])('%s points over %s participants at %s decimals shows %s', (points, n, decimals, shown) => {
    expect(meanCut({ sumSixtieths: sixtieths(points) }, n, decimals)).toBe(shown);
  });

  it('cuts to two decimals when not told otherwise', () => {
    expect(meanCut({ sumSixtieths: sixtieths(62.99) }, 3)).toBe(20.99);
  });
});
