// The complaint log as evidence for the customer-service policy (issue 18, items 2 and 3):
// which policy areas the complaint categories point to, which house rules customers
// complain about, and the figures (count, top three categories, resolved, time to
// resolve, complainants satisfied) an owner can quote when writing a measurable standard.
// The counting itself is the complaint log's own (feedback-figures.ts, complaints.ts);
// this module only ties its results to the policy. Pure: no storage, no wording.

import {
  categoryKey,
  isBuiltinCategoryKey,
  type BuiltinCategory,
  type Complaint,
} from './complaints';
import { figuresFor, rankedCategories, repeatComplaintIds } from './feedback-figures';
import {
  LONG_RULE_WORDS,
  POLICY_AREA_IDS,
  areasByNeed,
  areasForSections,
  wordCount,
  type HouseRule,
  type PolicyAreaId,
} from './policy';
import type { SectionId } from './instrument';
import { DAY_MS } from './timestamps';

/**
 * The window the complaint evidence covers, as the audit's records summary does.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const EVIDENCE_WINDOW_DAYS = 90;
const TOP_CATEGORIES = 3;

/**
 * The policy areas that answer each built-in complaint category (seed 003's areas):
 * a wrong order is a matter of communication and of staff; a late delivery of speed and
 * of following up; a faulty product of the product overview and of complaint handling;
 * staff manner of staff and communication; waiting of speed; a price or bill dispute of
 * the product overview and communication; cleanliness of staff monitoring. "Other" and
 * the owner's own categories point nowhere by themselves: the owner ties them to house
 * rules instead.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const CATEGORY_AREAS: Readonly<Record<BuiltinCategory, readonly PolicyAreaId[]>> = {
  wrongOrder: ['communication', 'staff'],
  lateDelivery: ['speed', 'followUp'],
  faultyProduct: ['overview', 'complaints'],
  staffManner: ['staff', 'communication'],
  waitingTime: ['speed'],
  priceOrBill: ['overview', 'communication'],
  cleanliness: ['staff'],
  other: [],
};

/** Complaints counted under one category key (see complaints.ts categoryKey). */
export type CategoryCount = { key: string; count: number };

export type ComplaintEvidence = {
  windowDays: number;
  /** Complaints received in the window. */
  count: number;
  /** All complaints ever logged for the business. */
  loggedEver: number;
  /** The (up to) three most frequent categories in the window, most first. */
  top: CategoryCount[];
  /** Every category in the window, most first. */
  categories: CategoryCount[];
  /** Share resolved (0–1) of the window's complaints; null without complaints. */
  resolvedShare: number | null;
  medianDaysToResolve: number | null;
  /** Complainants whose follow-up found them satisfied, of those with a known outcome. */
  satisfied: number;
  followUpOutcomes: number;
  /** Customers in the window who had complained before. */
  repeatCustomers: number;
};

/**
 * What the complaint log of a business says over the last `windowDays` days up to `now`:
 * the figures and the categories by frequency. Null when nothing was ever logged, so the
 * policy screens can stay silent about a log the owner does not keep.
 */
export function complaintEvidence(
  complaints: readonly Complaint[],
  now: number,
  windowDays = EVIDENCE_WINDOW_DAYS,
): ComplaintEvidence | null {
  if (complaints.length === 0) return null;
  const since = now - windowDays * DAY_MS;
  const recent = complaints.filter((c) => c.receivedAt > since && c.receivedAt <= now);
  const figures = figuresFor(recent, repeatComplaintIds(complaints));
  const categories = rankedCategories(figures.byCategory);
  const outcomes = recent.filter((c) => c.customerSatisfied !== null);
  return {
    windowDays,
    count: figures.count,
    loggedEver: complaints.length,
    top: categories.slice(0, TOP_CATEGORIES),
    categories,
    resolvedShare: figures.resolvedShare,
    medianDaysToResolve: figures.medianDaysToResolve,
    satisfied: outcomes.filter((c) => c.customerSatisfied === true).length,
    followUpOutcomes: outcomes.length,
    repeatCustomers: figures.repeatCustomers,
  };
}

/**
 * For each policy area, the complaint categories that point to it, most complaints
 * first; only areas with at least one complaint appear.
 */
export function areaComplaints(
  categories: readonly CategoryCount[],
): Partial<Record<PolicyAreaId, CategoryCount[]>> {
  const byArea: Partial<Record<PolicyAreaId, CategoryCount[]>> = {};
  for (const { key, count } of categories) {
    if (count <= 0 || !isBuiltinCategoryKey(key)) continue;
    for (const area of CATEGORY_AREAS[key]) (byArea[area] ??= []).push({ key, count });
  }
  for (const area of POLICY_AREA_IDS)
    byArea[area]?.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return byArea;
}

/**
 * Complaints pointing to an area in total (a complaint may point to two areas).
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function areaComplaintTotal(entries: readonly CategoryCount[] | undefined): number {
  return (entries ?? []).reduce((total, entry) => total + entry.count, 0);
}

/**
 * The complaint category a house rule is filed under, as a key of the complaint log:
 * a built-in category's id as stored, or the owner's own name compared the way the log
 * compares its custom categories (case, spacing and Unicode form ignored). Null when the
 * rule names no category.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export function ruleCategoryKey(category: string): string | null {
  const written = category.trim();
  if (!written) return null;
  if (isBuiltinCategoryKey(written)) return written;
  return categoryKey({ category: 'custom', customCategory: written });
}

/**
 * The areas in the order to write them: those serving the audit's weakest sections first
 * (areasByNeed), and among equals those more complaints point to, then the source's order.
 */
export function areasByEvidence(
  weakest: readonly SectionId[],
  byArea: Partial<Record<PolicyAreaId, readonly CategoryCount[]>>,
): PolicyAreaId[] {
  const audit = areasByNeed(weakest);
  const tied = new Set(areasForSections(weakest));
  // Areas the audit does not point to are equal among themselves.
  const auditRank = (area: PolicyAreaId) =>
    tied.has(area) ? audit.indexOf(area) : POLICY_AREA_IDS.length;
  return POLICY_AREA_IDS.map((area, index) => ({
    area,
    index,
    rank: auditRank(area),
    complaints: areaComplaintTotal(byArea[area]),
  }))
    .sort((a, b) => a.rank - b.rank || b.complaints - a.complaints || a.index - b.index)
    .map((entry) => entry.area);
}

export type RuleReview = {
  ruleId: string;
  /** Complaints about the rule: from the log's categories when one matches, else the owner's count. */
  complaints: number;
  source: 'categories' | 'owner' | null;
  /** Longer than LONG_RULE_WORDS words. */
  long: boolean;
  /** Remove or simplify (customers complained), simplify (too long), or keep. */
  verdict: 'removeOrSimplify' | 'simplify' | 'keep';
};

/**
 * Seed 003: look at which rules customers found most troublesome, and drop or simplify
 * them. Takes the complaint log's counts by category key and returns every rule's review,
 * most complained-about first. A rule filed under a category the log has counts from the
 * log; otherwise the owner's own count (for owners who keep no log) is used.
 */
export function reviewRules(
  rules: readonly HouseRule[],
  categories: readonly CategoryCount[],
): RuleReview[] {
  const counts = new Map<string, number>();
  for (const { key, count } of categories) counts.set(key, (counts.get(key) ?? 0) + count);
  return rules
    .map((rule, index) => {
      const key = ruleCategoryKey(rule.category);
      const fromCategories = key === null ? undefined : counts.get(key);
      const complaints = fromCategories ?? rule.complaints ?? 0;
      const source: RuleReview['source'] =
        fromCategories !== undefined ? 'categories' : rule.complaints !== null ? 'owner' : null;
      const long = wordCount(rule.text) > LONG_RULE_WORDS;
      const verdict: RuleReview['verdict'] =
        complaints > 0 ? 'removeOrSimplify' : long ? 'simplify' : 'keep';
      return { index, review: { ruleId: rule.id, complaints, source, long, verdict } };
    })
    .sort(
      (a, b) =>
        b.review.complaints - a.review.complaints ||
        Number(b.review.long) - Number(a.review.long) ||
        a.index - b.index,
    )
    .map((entry) => entry.review);
}
