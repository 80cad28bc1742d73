// What follows an audit of the same business (SPEC §4, action plan): its goals carry over
// to the re-take, and a reminder shows when the planned next audit is due. "Same
// business" is the one rule in business.ts, so an unnamed audit is followed by nothing.

import type { ActionPlan } from './action-plan';
import type { Assessment } from './assessment';
import { sameBusiness } from './business';

type Audit = Pick<Assessment, 'id' | 'businessName' | 'context' | 'createdAt'>;

/** Earlier audits of the same business, most recent first: where a re-take's goals come from. */
export function carryOverCandidates<T extends Audit>(assessment: Audit, all: readonly T[]): T[] {
  return all
    .filter(
      (candidate) =>
        candidate.id !== assessment.id &&
        candidate.createdAt < assessment.createdAt &&
        sameBusiness(candidate, assessment),
    )
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

export type RetakeReminder = {
  assessmentId: string;
  businessName: string;
  context: string;
  nextAuditDate: string;
};

/**
 * Plans whose next-audit date has come (on or before `today`, ISO dates compare as text)
 * and whose business has not been audited again since. Earliest date first.
 */
export function dueRetakeReminders(
  plans: readonly Pick<ActionPlan, 'assessmentId' | 'nextAuditDate'>[],
  assessments: readonly Audit[],
  today: string,
): RetakeReminder[] {
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  const reminders: RetakeReminder[] = [];
  for (const plan of plans) {
    const assessment = byId.get(plan.assessmentId);
    if (!assessment || plan.nextAuditDate === null || plan.nextAuditDate > today) continue;
    const retaken = assessments.some(
      (other) =>
        other.id !== assessment.id &&
        other.createdAt > assessment.createdAt &&
        sameBusiness(other, assessment),
    );
    if (retaken) continue;
    reminders.push({
      assessmentId: assessment.id,
      businessName: assessment.businessName,
      context: assessment.context,
      nextAuditDate: plan.nextAuditDate,
    });
  }
  return reminders.sort(
    (a, b) =>
      a.nextAuditDate.localeCompare(b.nextAuditDate) ||
      a.assessmentId.localeCompare(b.assessmentId),
  );
}
