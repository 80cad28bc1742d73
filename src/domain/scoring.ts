// Scoring of the self-test (seed 003, part 3): each section's answers are summed and
// divided by the number of its statements; the seven averages add up to a 7–35 total;
// the total falls into one of three bands. The source states the bands as whole numbers
// (28 and above, 21–27, 20 and below), but averages are fractions, so totals such as
// 20.5 or 27.5 occur; the bands are therefore read as ranges on the exact total:
// below 21 at risk, 21 up to (not including) 28 adequate, 28 and above an asset.
//
// Section sizes are 3, 4 and 5, so every average is a whole number of sixtieths and
// 60 × total is always an integer. All comparisons are done on those integers, so a
// total of exactly 21 or 28 is never misclassified by floating-point error.

import { SECTIONS, type Answers, type SectionId } from './instrument';

export const SIXTIETHS = 60;
export const TOTAL_MIN = 7;
export const TOTAL_MAX = 35;
export const ASSET_THRESHOLD = 28;
export const ADEQUATE_THRESHOLD = 21;

export const BANDS = ['asset', 'adequate', 'atRisk'] as const;
export type Band = (typeof BANDS)[number];

export type SectionScore = {
  readonly sectionId: SectionId;
  readonly size: number;
  readonly answered: number;
  /** Average × 60, an exact integer; undefined until every statement of the section is answered. */
  readonly averageSixtieths: number | undefined;
  /** The average as a number for display; undefined until the section is complete. */
  readonly average: number | undefined;
};

export type Score = {
  readonly sections: readonly SectionScore[];
  readonly answered: number;
  readonly complete: boolean;
  /** Total × 60, an exact integer; undefined until all 25 statements are answered. */
  readonly totalSixtieths: number | undefined;
  readonly total: number | undefined;
  readonly band: Band | undefined;
};

export function sectionScore(answers: Answers, sectionId: SectionId): SectionScore {
  const section = SECTIONS.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`Unknown section ${sectionId}`);
  let sum = 0;
  let answered = 0;
  for (const itemId of section.itemIds) {
    const value = answers[itemId];
    if (value !== undefined) {
      sum += value;
      answered += 1;
    }
  }
  const size = section.itemIds.length;
  const complete = answered === size;
  // 60 / size is an integer for sizes 3, 4 and 5, so this is exact.
  const averageSixtieths = complete ? sum * (SIXTIETHS / size) : undefined;
  return {
    sectionId,
    size,
    answered,
    averageSixtieths,
    average: averageSixtieths === undefined ? undefined : averageSixtieths / SIXTIETHS,
  };
}

/** The band for a total given in sixtieths (exact integer arithmetic). */
export function bandForSixtieths(totalSixtieths: number): Band {
  if (!Number.isInteger(totalSixtieths)) {
    throw new RangeError(`A total in sixtieths must be an integer, got ${totalSixtieths}`);
  }
  if (totalSixtieths >= ASSET_THRESHOLD * SIXTIETHS) return 'asset';
  if (totalSixtieths >= ADEQUATE_THRESHOLD * SIXTIETHS) return 'adequate';
  return 'atRisk';
}

/**
 * The band for a total given as a number. The total is first snapped to the nearest
 * sixtieth (every real total is one), which absorbs floating-point noise such as
 * 20.999999999999996 for a total that is exactly 21.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function bandFor(total: number): Band {
  return bandForSixtieths(Math.round(total * SIXTIETHS));
}

export function scoreAnswers(answers: Answers): Score {
  const sections = SECTIONS.map((section) => sectionScore(answers, section.id));
  const answered = sections.reduce((count, section) => count + section.answered, 0);
  const complete = sections.every((section) => section.averageSixtieths !== undefined);
  const totalSixtieths = complete
    ? sections.reduce((sum, section) => sum + (section.averageSixtieths ?? 0), 0)
    : undefined;
  return {
    sections,
    answered,
    complete,
    totalSixtieths,
    total: totalSixtieths === undefined ? undefined : totalSixtieths / SIXTIETHS,
    band: totalSixtieths === undefined ? undefined : bandForSixtieths(totalSixtieths),
  };
}

/**
 * The sections most in need of work: the `count` lowest averages, plus any section tied
 * with the last one taken, never a section that shares the highest average. Only
 * complete sections are considered.
 */
export function weakestSections(score: Score, count = 2): SectionId[] {
  const complete = score.sections.filter((section) => section.averageSixtieths !== undefined);
  const sorted = [...complete].sort(
    (a, b) => (a.averageSixtieths ?? 0) - (b.averageSixtieths ?? 0),
  );
  const highest = sorted[sorted.length - 1]?.averageSixtieths;
  const cutoff = sorted[Math.min(count, sorted.length) - 1]?.averageSixtieths;
  if (cutoff === undefined || highest === undefined) return [];
  // When every section scores the same there is no weakest one to point at.
  return sorted
    .filter((section) => (section.averageSixtieths ?? 0) <= cutoff)
    .filter((section) => (section.averageSixtieths ?? 0) < highest)
    .map((section) => section.sectionId);
}
