// What changed between two versions of a customer-service policy (issue 18: an owner
// compares the policy after the next audit with the one before). Text is compared after
// trimming; standards and house rules are matched by id, so a reworded standard shows as
// changed, not as one removed and one added.

import {
  PEPI_FIELDS,
  POLICY_AREA_IDS,
  VISION_FIELDS,
  type HouseRule,
  type PolicyAreaId,
  type PolicyContent,
  type ServiceStandard,
  type VisionField,
} from './policy';

export type TextChange<F extends string> = { field: F; before: string; after: string };

const STANDARD_DIFF_FIELDS = [
  'text',
  'sectionId',
  'evidence',
  'reviewDate',
  'why',
  'aim',
  'howToApply',
  'pepi',
] as const;
type StandardDiffField = (typeof STANDARD_DIFF_FIELDS)[number];

export type ListDiff<T, F extends string> = {
  added: T[];
  removed: T[];
  changed: { before: T; after: T; fields: F[] }[];
};

export type PolicyDiff = {
  vision: TextChange<VisionField>[];
  standards: ListDiff<ServiceStandard, StandardDiffField>;
  areas: TextChange<PolicyAreaId>[];
  rules: ListDiff<HouseRule, 'text' | 'category' | 'complaints'>;
  staffCard: TextChange<'allowance' | 'escalateTo'>[];
  /** True when nothing at all differs. */
  same: boolean;
};

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').trim() === (b ?? '').trim();
}

function standardFields(before: ServiceStandard, after: ServiceStandard): StandardDiffField[] {
  return STANDARD_DIFF_FIELDS.filter((field) => {
    if (field === 'pepi')
      return PEPI_FIELDS.some((key) => !same(before.pepi[key], after.pepi[key]));
    return !same(before[field], after[field]);
  });
}

function ruleFields(before: HouseRule, after: HouseRule): ('text' | 'category' | 'complaints')[] {
  const fields: ('text' | 'category' | 'complaints')[] = [];
  if (!same(before.text, after.text)) fields.push('text');
  if (!same(before.category, after.category)) fields.push('category');
  if (before.complaints !== after.complaints) fields.push('complaints');
  return fields;
}

function listDiff<T extends { id: string }, F extends string>(
  before: readonly T[],
  after: readonly T[],
  fieldsOf: (a: T, b: T) => F[],
): ListDiff<T, F> {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const added: T[] = [];
  const changed: ListDiff<T, F>['changed'] = [];
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) {
      added.push(item);
      continue;
    }
    const fields = fieldsOf(old, item);
    if (fields.length > 0) changed.push({ before: old, after: item, fields });
  }
  const removed = before.filter((item) => !afterIds.has(item.id));
  return { added, removed, changed };
}

/** Everything that differs from `before` to `after`. */
export function diffPolicies(before: PolicyContent, after: PolicyContent): PolicyDiff {
  const vision = VISION_FIELDS.filter(
    (field) => !same(before.vision[field], after.vision[field]),
  ).map((field) => ({ field, before: before.vision[field], after: after.vision[field] }));
  const areas = POLICY_AREA_IDS.filter((area) => !same(before.areas[area], after.areas[area])).map(
    (area) => ({ field: area, before: before.areas[area] ?? '', after: after.areas[area] ?? '' }),
  );
  const staffCard = (['allowance', 'escalateTo'] as const)
    .filter((field) => !same(before.staffCard[field], after.staffCard[field]))
    .map((field) => ({ field, before: before.staffCard[field], after: after.staffCard[field] }));
  const standards = listDiff(before.standards, after.standards, standardFields);
  const rules = listDiff(before.rules, after.rules, ruleFields);
  const empty = (list: ListDiff<unknown, string>) =>
    list.added.length + list.removed.length + list.changed.length === 0;
  return {
    vision,
    standards,
    areas,
    rules,
    staffCard,
    same:
      vision.length === 0 &&
      areas.length === 0 &&
      staffCard.length === 0 &&
      empty(standards) &&
      empty(rules),
  };
}

/** True when a draft differs from a saved version (so it can be saved as a new one). */
export function hasChanges(saved: PolicyContent | undefined, draft: PolicyContent): boolean {
  return saved === undefined || !diffPolicies(saved, draft).same;
}
