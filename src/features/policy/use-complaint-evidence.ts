// What the business's complaint log and top-three worksheet say, for the policy: the
// domain's figures (policy-evidence.ts), the names of their categories in the reader's
// language, and the sentences an owner can add to a standard's evidence. Reads go
// through src/db; the complaint screens are not imported.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useComplaints } from '../../db/complaints';
import { useProblems } from '../../db/top-problems';
import type { BusinessFields } from '../../domain/business';
import {
  areaComplaints,
  complaintEvidence,
  type CategoryCount,
  type ComplaintEvidence,
} from '../../domain/policy-evidence';
import { topProblems, type Problem } from '../../domain/top-problems';
import { useCategoryNames } from '../../ui/use-category-names';
import { useFormat } from '../../ui/use-format';
import { isolate } from '../../ui/user-text';

export type LogEvidence = {
  /** Null when the business never logged a complaint. */
  figures: ComplaintEvidence | null;
  byArea: ReturnType<typeof areaComplaints>;
  top3: Problem[];
  /** A category's name: built-in ones translated, the owner's own as spelled. */
  nameOf: (key: string) => string;
  /** The owner's own category names from the log, for the house rules' picker. */
  ownCategories: string[];
  /** "Late delivery (3), Parking (2) and Wrong order (2)", names isolated. */
  listCategories: (entries: readonly CategoryCount[]) => string;
  /** The complaint figures as one sentence for a standard's evidence; null without a log. */
  complaintFinding: string | null;
  /** The top three problems as one sentence; null while none are ranked. */
  problemsFinding: string | null;
};

/** Undefined while loading. */
export function useComplaintEvidence(
  business: BusinessFields | null | undefined,
): LogEvidence | undefined {
  const { t } = useTranslation(['policy', 'complaints']);
  const format = useFormat();
  const complaints = useComplaints(business);
  const problems = useProblems(business);
  const names = useCategoryNames(complaints ?? []);
  const figures = useMemo(
    () => (complaints ? complaintEvidence(complaints, Date.now()) : undefined),
    [complaints],
  );
  if (figures === undefined || problems === undefined) return undefined;

  const listCategories = (entries: readonly CategoryCount[]) =>
    format.list(
      entries.map((entry) =>
        t('evidence.categoryCount', {
          name: isolate(names.ofKey(entry.key)),
          count: entry.count,
        }),
      ),
    );
  const top3 = topProblems(problems);

  let complaintFinding: string | null = null;
  if (figures) {
    const parts = [
      t('standards.finding.complaints', { days: figures.windowDays, count: figures.count }),
    ];
    if (figures.top.length > 0)
      parts.push(t('standards.finding.top', { categories: listCategories(figures.top) }));
    if (figures.resolvedShare !== null)
      parts.push(t('standards.finding.resolved', { share: format.percent(figures.resolvedShare) }));
    if (figures.medianDaysToResolve !== null)
      parts.push(
        t('standards.finding.median', {
          value: format.score(Math.round(figures.medianDaysToResolve * 10) / 10),
        }),
      );
    if (figures.followUpOutcomes > 0)
      parts.push(
        t('standards.finding.satisfied', {
          satisfied: format.integer(figures.satisfied),
          count: figures.followUpOutcomes,
        }),
      );
    complaintFinding = t('standards.finding.sentence', {
      parts: parts.join(t('standards.finding.separator')),
    });
  }
  const problemsFinding =
    top3.length > 0
      ? t('standards.finding.problems', {
          problems: format.list(top3.map((problem) => isolate(problem.title))),
        })
      : null;

  return {
    figures,
    byArea: areaComplaints(figures?.categories ?? []),
    top3,
    nameOf: names.ofKey,
    ownCategories: names.own,
    listCategories,
    complaintFinding,
    problemsFinding,
  };
}
