// A group's profile for a workshop (SPEC §4 Workshop, issue 7): per section and for the
// total, the mean and the spread (min, quartiles, max), how many participants fall in
// each band, and the group's weakest sections. Built on the exact scoring module.
//
// Exactness: every section average and total is a whole number of sixtieths, so the
// sums here are exact integers, band comparisons of the group mean are made on integers
// (sum ≥ threshold × 60 × n), and quartiles stay exact: they use the sample quantile of
// Hyndman & Fan type 7 (linear interpolation between order statistics, the default of R
// and of spreadsheet QUARTILE.INC): with values sorted x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1)·p,
// Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). For p = ¼, ½, ¾ the fraction is a multiple of
// ¼, so the quartile in sixtieths is an exact binary fraction.
//
// Speed: values are counted in buckets (an average has at most 241 sixtieth values, a
// total 1,681), so order statistics come from a counting pass instead of a sort.

import { SECTIONS, type Answers, type SectionId } from './instrument';
import {
  ADEQUATE_THRESHOLD,
  ASSET_THRESHOLD,
  SIXTIETHS,
  TOTAL_MAX,
  bandForSixtieths,
  scoreAnswers,
  weakestSections,
  type Band,
  type Score,
} from './scoring';

export type Distribution = {
  /** Sum of the values in sixtieths: an exact integer. */
  readonly sumSixtieths: number;
  /** The mean on the display scale (sum / n / 60); round only for display. */
  readonly mean: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
};

type SectionAggregate = Distribution & { readonly sectionId: SectionId };

export type GroupAggregate = {
  /** Complete results counted; incomplete answer sets are left out. */
  readonly participants: number;
  readonly incomplete: number;
  /** One entry per section in instrument order; empty when there are no participants. */
  readonly sections: readonly SectionAggregate[];
  /** Undefined when there are no participants. */
  readonly total: (Distribution & { readonly meanBand: Band }) | undefined;
  readonly bandCounts: Readonly<Record<Band, number>>;
  /** The group's lowest section means, by the same rule as one person's weakest sections. */
  readonly weakest: readonly SectionId[];
};

/** Buckets of a histogram over integer sixtieth values 0..TOTAL_MAX × 60. */
const BUCKETS = TOTAL_MAX * SIXTIETHS + 1;

/** The type-7 quantile from a histogram of `n` integer values. */
function quantileFromCounts(counts: Int32Array, n: number, p: number): number {
  const h = (n - 1) * p;
  const lowerRank = Math.floor(h);
  const fraction = h - lowerRank;
  const lower = valueAtRank(counts, lowerRank);
  if (fraction === 0) return lower;
  const upper = valueAtRank(counts, lowerRank + 1);
  return lower + fraction * (upper - lower);
}

/** The value of the rank-th smallest entry (0-based). */
function valueAtRank(counts: Int32Array, rank: number): number {
  let seen = 0;
  for (let value = 0; value < counts.length; value++) {
    seen += counts[value]!;
    if (seen > rank) return value;
  }
  throw new RangeError(`rank ${rank} is beyond the data`);
}

function distribution(counts: Int32Array, n: number, sumSixtieths: number): Distribution {
  const scale = (sixtieths: number) => sixtieths / SIXTIETHS;
  return {
    sumSixtieths,
    mean: sumSixtieths / n / SIXTIETHS,
    min: scale(valueAtRank(counts, 0)),
    q1: scale(quantileFromCounts(counts, n, 0.25)),
    median: scale(quantileFromCounts(counts, n, 0.5)),
    q3: scale(quantileFromCounts(counts, n, 0.75)),
    max: scale(valueAtRank(counts, n - 1)),
  };
}

/**
 * A group mean for display, cut (not rounded) to `decimals` places, computed on integers
 * from the exact sum. Cutting rounds toward the band: the band thresholds (21, 28) are
 * whole numbers, so the shown mean reaches a threshold only when the exact mean does,
 * and a mean of 20.996 shows as 20.99 next to "At risk", never as 21.00. (A single
 * result needs no such care: a total is a whole number of sixtieths, and no sixtieth
 * below 21 or 28 rounds up to it at two decimals.)
 */
export function meanCut(
  distribution: Pick<Distribution, 'sumSixtieths'>,
  participants: number,
  decimals = 2,
): number {
  const scale = 10 ** decimals;
  return Math.floor((distribution.sumSixtieths * scale) / (SIXTIETHS * participants)) / scale;
}

/** The band of the group's mean total, decided on integers: sum ≥ threshold × 60 × n. */
function bandOfMean(sumSixtieths: number, n: number): Band {
  if (sumSixtieths >= ASSET_THRESHOLD * SIXTIETHS * n) return 'asset';
  if (sumSixtieths >= ADEQUATE_THRESHOLD * SIXTIETHS * n) return 'adequate';
  return 'atRisk';
}

export function aggregateResults(answerSets: readonly Answers[]): GroupAggregate {
  const sectionCounts = SECTIONS.map(() => new Int32Array(BUCKETS));
  const sectionSums = SECTIONS.map(() => 0);
  const totalCounts = new Int32Array(BUCKETS);
  let totalSum = 0;
  let participants = 0;
  let incomplete = 0;
  const bandCounts: Record<Band, number> = { asset: 0, adequate: 0, atRisk: 0 };

  for (const answers of answerSets) {
    const score = scoreAnswers(answers);
    if (score.totalSixtieths === undefined) {
      incomplete++;
      continue;
    }
    participants++;
    score.sections.forEach((section, index) => {
      const value = section.averageSixtieths!;
      sectionCounts[index]![value]!++;
      sectionSums[index]! += value;
    });
    totalCounts[score.totalSixtieths]!++;
    totalSum += score.totalSixtieths;
    bandCounts[bandForSixtieths(score.totalSixtieths)]++;
  }

  if (participants === 0) {
    return { participants, incomplete, sections: [], total: undefined, bandCounts, weakest: [] };
  }

  const sections = SECTIONS.map((section, index) => ({
    sectionId: section.id,
    ...distribution(sectionCounts[index]!, participants, sectionSums[index]!),
  }));

  // weakestSections compares averages in sixtieths; with the same n for every section,
  // comparing the exact integer sums orders the means identically, without rounding.
  const sumsAsScore: Score = {
    sections: SECTIONS.map((section, index) => ({
      sectionId: section.id,
      size: section.itemIds.length,
      answered: section.itemIds.length,
      averageSixtieths: sectionSums[index]!,
      average: sectionSums[index]! / participants / SIXTIETHS,
    })),
    answered: 0,
    complete: true,
    totalSixtieths: totalSum,
    total: totalSum / participants / SIXTIETHS,
    band: bandOfMean(totalSum, participants),
  };

  return {
    participants,
    incomplete,
    sections,
    total: {
      ...distribution(totalCounts, participants, totalSum),
      meanBand: bandOfMean(totalSum, participants),
    },
    bandCounts,
    weakest: weakestSections(sumsAsScore),
  };
}
