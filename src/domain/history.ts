// The History list (SPEC §4): which assessments a filter keeps and in which order they
// are shown. Businesses are told apart by the one rule in business.ts.

import type { Assessment } from './assessment';
import { businessKey, businessLabel, type BusinessFields } from './business';
import { scoreAnswers } from './scoring';

export const HISTORY_SORTS = ['newest', 'oldest', 'business', 'total'] as const;
export type HistorySort = (typeof HISTORY_SORTS)[number];
export type StatusFilter = 'all' | 'inProgress' | 'complete';

/** The business filter's value for unnamed audits ('' keeps every business). */
const NO_BUSINESS = 'none';

/** The value of the business filter that keeps this assessment's business. */
function businessFilterValue(assessment: BusinessFields): string {
  return businessKey(assessment) ?? NO_BUSINESS;
}

/** The businesses to choose from, each once (spelt as first found), by name then context. */
export function businessChoices(
  assessments: readonly Assessment[],
  language: string,
): { value: string; business: BusinessFields }[] {
  const byValue = new Map<string, BusinessFields>();
  for (const assessment of assessments) {
    const value = businessFilterValue(assessment);
    if (!byValue.has(value)) byValue.set(value, businessLabel(assessment));
  }
  return [...byValue]
    .map(([value, business]) => ({ value, business }))
    .sort(
      (x, y) =>
        x.business.businessName.localeCompare(y.business.businessName, language) ||
        x.business.context.localeCompare(y.business.context, language),
    );
}

/** Assessments of the chosen business ('' for all) and status, in their stored order. */
export function filterAssessments(
  assessments: readonly Assessment[],
  filter: { business: string; status: StatusFilter },
): Assessment[] {
  return assessments.filter(
    (a) =>
      (filter.business === '' || businessFilterValue(a) === filter.business) &&
      (filter.status === 'all' || (filter.status === 'complete') === (a.completedAt !== null)),
  );
}

/**
 * A sorted copy. "When" is the completion time, or the last change of an unfinished audit;
 * ties go to the most recent. Names sort as the language does, ignoring case and accents;
 * unfinished audits have no total and come last by total.
 */
export function sortAssessments(
  list: readonly Assessment[],
  sort: HistorySort,
  language: string,
): Assessment[] {
  const when = (a: Assessment) => a.completedAt ?? a.updatedAt;
  const total = (a: Assessment) => scoreAnswers(a.answers).totalSixtieths ?? -1;
  const copy = [...list];
  switch (sort) {
    case 'newest':
      return copy.sort((a, b) => when(b) - when(a));
    case 'oldest':
      return copy.sort((a, b) => when(a) - when(b));
    case 'business':
      return copy.sort(
        (a, b) =>
          a.businessName.trim().localeCompare(b.businessName.trim(), language, {
            sensitivity: 'base',
          }) || when(b) - when(a),
      );
    case 'total':
      return copy.sort((a, b) => total(b) - total(a) || when(b) - when(a));
  }
}
