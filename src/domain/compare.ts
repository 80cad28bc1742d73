// Comparing assessments over time (SPEC §4, History): two results side by side, and a
// business's completed results as a trend. Differences are computed in sixtieths, so
// "no change" is exact.

import type { Assessment } from './assessment';
import { businessKey, businessLabel, sameBusiness, type BusinessFields } from './business';
import type { SectionId } from './instrument';
import { SIXTIETHS, scoreAnswers, type Band } from './scoring';

export type Direction = 'up' | 'down' | 'same';

type SectionChange = {
  sectionId: SectionId;
  before: number;
  after: number;
  /** after − before, in sixtieths (exact). */
  changeSixtieths: number;
  change: number;
  direction: Direction;
};

export type Comparison = {
  sections: SectionChange[];
  total: { before: number; after: number; change: number; direction: Direction };
  bandBefore: Band;
  bandAfter: Band;
};

function direction(changeSixtieths: number): Direction {
  return changeSixtieths > 0 ? 'up' : changeSixtieths < 0 ? 'down' : 'same';
}

/** Section averages and total of two completed assessments; undefined if either is incomplete. */
export function compareAssessments(
  before: Pick<Assessment, 'answers'>,
  after: Pick<Assessment, 'answers'>,
): Comparison | undefined {
  const a = scoreAnswers(before.answers);
  const b = scoreAnswers(after.answers);
  if (a.totalSixtieths === undefined || b.totalSixtieths === undefined || !a.band || !b.band)
    return undefined;
  const sections = a.sections.map((section, index) => {
    const next = b.sections[index]!;
    const changeSixtieths = (next.averageSixtieths ?? 0) - (section.averageSixtieths ?? 0);
    return {
      sectionId: section.sectionId,
      before: section.average ?? 0,
      after: next.average ?? 0,
      changeSixtieths,
      change: changeSixtieths / SIXTIETHS,
      direction: direction(changeSixtieths),
    };
  });
  const totalChange = b.totalSixtieths - a.totalSixtieths;
  return {
    sections,
    total: {
      before: a.totalSixtieths / SIXTIETHS,
      after: b.totalSixtieths / SIXTIETHS,
      change: totalChange / SIXTIETHS,
      direction: direction(totalChange),
    },
    bandBefore: a.band,
    bandAfter: b.band,
  };
}

export type TrendPoint = {
  assessmentId: string;
  completedAt: number;
  total: number;
  band: Band;
  sections: Record<SectionId, number>;
};

/** A business's completed assessments, oldest first, with their scores. */
export function trendFor(
  assessments: readonly Assessment[],
  business: BusinessFields,
): TrendPoint[] {
  return assessments
    .filter((a) => a.completedAt !== null && sameBusiness(a, business))
    .map((a) => ({ assessment: a, score: scoreAnswers(a.answers) }))
    .filter(({ score }) => score.total !== undefined && score.band !== undefined)
    .sort(
      (x, y) =>
        (x.assessment.completedAt ?? 0) - (y.assessment.completedAt ?? 0) ||
        x.assessment.id.localeCompare(y.assessment.id),
    )
    .map(({ assessment, score }) => ({
      assessmentId: assessment.id,
      completedAt: assessment.completedAt ?? 0,
      total: score.total ?? 0,
      band: score.band ?? 'atRisk',
      sections: Object.fromEntries(
        score.sections.map((section) => [section.sectionId, section.average ?? 0]),
      ) as Record<SectionId, number>,
    }));
}

/**
 * The audit a completed assessment is a re-take of: the most recent other completed
 * assessment of the same business (business.ts) finished before it. An unnamed audit has
 * none — it is the same business as no other.
 */
export function previousAuditOf(
  current: Pick<Assessment, 'id' | 'businessName' | 'context' | 'completedAt'>,
  assessments: readonly Assessment[],
): Assessment | undefined {
  if (current.completedAt === null) return undefined;
  let previous: Assessment | undefined;
  for (const candidate of assessments) {
    if (candidate.id === current.id || candidate.completedAt === null) continue;
    if (!sameBusiness(candidate, current)) continue;
    if (candidate.completedAt > current.completedAt) continue;
    if (candidate.completedAt === current.completedAt && candidate.id > current.id) continue;
    if (
      !previous ||
      candidate.completedAt > (previous.completedAt ?? 0) ||
      (candidate.completedAt === previous.completedAt && candidate.id > previous.id)
    )
      previous = candidate;
  }
  return previous;
}

/**
 * Businesses (name and context) with at least `min` completed assessments, most recently
 * completed first, each spelt as in its latest audit. Unnamed audits are nobody's business
 * (see business.ts) and are left out.
 */
export function businessesWithResults(
  assessments: readonly Assessment[],
  min = 1,
): BusinessFields[] {
  const byKey = new Map<string, { business: BusinessFields; count: number; latest: number }>();
  for (const a of assessments) {
    const key = businessKey(a);
    if (a.completedAt === null || key === null) continue;
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { business: businessLabel(a), count: 1, latest: a.completedAt });
    else {
      entry.count += 1;
      if (a.completedAt > entry.latest)
        Object.assign(entry, { business: businessLabel(a), latest: a.completedAt });
    }
  }
  return [...byKey.values()]
    .filter((entry) => entry.count >= min)
    .sort((x, y) => y.latest - x.latest)
    .map((entry) => entry.business);
}
