// The latest completed audit of a policy's business, with its weakest sections: the
// evidence that says which policy areas and standards to write first (issue 18, ties).
import { useMemo } from 'react';
import { useAssessments } from '../../db/assessments';
import type { Assessment } from '../../domain/assessment';
import type { BusinessFields } from '../../domain/business';
import { trendFor } from '../../domain/compare';
import type { SectionId } from '../../domain/instrument';
import { scoreAnswers, weakestSections, type Band } from '../../domain/scoring';

export type AuditEvidence = {
  assessment: Assessment;
  total: number;
  band: Band;
  weakest: SectionId[];
  averages: Record<SectionId, number>;
};

/** Null when the business has no completed audit; undefined while loading. */
export function useAuditEvidence(
  business: BusinessFields | null | undefined,
): AuditEvidence | null | undefined {
  const assessments = useAssessments();
  const businessName = business?.businessName;
  const context = business?.context;
  return useMemo(() => {
    if (!assessments || businessName === undefined || context === undefined) return undefined;
    const latest = trendFor(assessments, { businessName, context }).at(-1);
    const assessment = latest && assessments.find((a) => a.id === latest.assessmentId);
    if (!latest || !assessment) return null;
    return {
      assessment,
      total: latest.total,
      band: latest.band,
      weakest: weakestSections(scoreAnswers(assessment.answers)),
      averages: latest.sections,
    };
  }, [assessments, businessName, context]);
}
