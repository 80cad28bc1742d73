// Repository for customer-service policies (issue 18): one policy per business holds the
// working draft; "save version" keeps a numbered, dated copy of it for comparing later.
// Every write is validated with the domain's schemas in one transaction. Ties to the
// action plan (a goal made from a standard) write both tables in the same transaction.
// Components read through the live-query hooks at the bottom.

import { useLiveQuery } from 'dexie-react-hooks';
import { addMonths } from '../domain/calendar-date';
import type { Assessment } from '../domain/assessment';
import { trendFor } from '../domain/compare';
import type { SectionId } from '../domain/instrument';
import { clipText } from '../domain/text';
import {
  MAX_BUSINESS_NAME,
  MAX_VERSIONS,
  MAX_VERSION_NOTE,
  checkSavedStandard,
  emptyPolicyContent,
  policyBusinessKey,
  policySchema,
  policyVersionSchema,
  type GoalRef,
  type HouseRule,
  type Policy,
  type PolicyAreaId,
  type PolicyContent,
  type PolicyVersion,
  type ServiceStandard,
  type StaffCard,
  type StandardDraft,
  type Vision,
} from '../domain/policy';
import { hasChanges } from '../domain/policy-diff';
import { mainTarget } from '../domain/service-standard';
import { addGoal } from './action-plans';
import { db } from './database';
import { StorageError, toStorageError } from './storage-errors';

function newId(): string {
  return crypto.randomUUID();
}

function invalid(issues: { message: string; path: PropertyKey[] }[]): StorageError {
  return new StorageError(
    'invalid',
    issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
  );
}

async function findByBusiness(business: PolicyStart): Promise<Policy | undefined> {
  const key = policyBusinessKey({
    businessName: business.businessName,
    context: business.context ?? '',
  });
  return db.policies.filter((policy) => policyBusinessKey(policy) === key).first();
}

export type PolicyStart = { businessName: string; context?: string };

/**
 * Opens the policy of a business, creating an empty one when it has none yet (one
 * policy per business, by the app's "same business" rule). Returns its id and whether
 * it was created now.
 */
export async function openPolicyFor(
  start: PolicyStart,
  now: number = Date.now(),
): Promise<{ id: string; created: boolean }> {
  // One character over the limit is kept so that the schema refuses it.
  const businessName = clipText(start.businessName.trim(), MAX_BUSINESS_NAME + 1);
  const context = clipText((start.context ?? '').trim(), MAX_BUSINESS_NAME + 1);
  try {
    return await db.transaction('rw', db.policies, async () => {
      const existing = await findByBusiness({ businessName, context });
      if (existing) return { id: existing.id, created: false };
      const parsed = policySchema.safeParse({
        id: newId(),
        businessName,
        context,
        content: emptyPolicyContent(),
        createdAt: now,
        updatedAt: now,
      });
      if (!parsed.success) throw invalid(parsed.error.issues);
      await db.policies.add(parsed.data);
      return { id: parsed.data.id, created: true };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Reads, changes and validates one policy's draft in a single transaction. */
async function changeContent(
  policyId: string,
  now: number,
  change: (content: PolicyContent) => PolicyContent,
): Promise<Policy> {
  try {
    return await db.transaction('rw', db.policies, async () => {
      const policy = await db.policies.get(policyId);
      if (!policy) throw new StorageError('notFound', `No policy ${policyId}`);
      const parsed = policySchema.safeParse({
        ...policy,
        content: change(policy.content),
        updatedAt: Math.max(now, policy.updatedAt),
      });
      if (!parsed.success) throw invalid(parsed.error.issues);
      await db.policies.put(parsed.data);
      return parsed.data;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function saveVision(
  policyId: string,
  vision: Vision,
  now: number = Date.now(),
): Promise<void> {
  await changeContent(policyId, now, (content) => ({ ...content, vision }));
}

export async function saveAreas(
  policyId: string,
  areas: Partial<Record<PolicyAreaId, string>>,
  now: number = Date.now(),
): Promise<void> {
  const kept = Object.fromEntries(
    Object.entries(areas).filter(([, answer]) => answer !== undefined && answer.trim() !== ''),
  );
  await changeContent(policyId, now, (content) => ({ ...content, areas: kept }));
}

export async function saveStaffCard(
  policyId: string,
  staffCard: StaffCard,
  now: number = Date.now(),
): Promise<void> {
  await changeContent(policyId, now, (content) => ({ ...content, staffCard }));
}

/**
 * Adds a standard (no `standardId`) or changes one, keeping its id, creation time and
 * goal link. A new standard may carry the action-plan goal it was made from.
 */
export async function saveStandard(
  policyId: string,
  draft: StandardDraft,
  options: { standardId?: string; goal?: GoalRef | null } = {},
  now: number = Date.now(),
): Promise<string> {
  const id = options.standardId ?? newId();
  await changeContent(policyId, now, (content) => {
    const current = content.standards.find((standard) => standard.id === id);
    if (options.standardId && !current) throw new StorageError('notFound', `No standard ${id}`);
    const standard: ServiceStandard = {
      ...draft,
      id,
      goal: current?.goal ?? options.goal ?? null,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    const standards = current
      ? content.standards.map((item) => (item.id === id ? standard : item))
      : [...content.standards, standard];
    return { ...content, standards };
  });
  return id;
}

export async function removeStandard(
  policyId: string,
  standardId: string,
  now: number = Date.now(),
): Promise<void> {
  await changeContent(policyId, now, (content) => {
    if (!content.standards.some((standard) => standard.id === standardId))
      throw new StorageError('notFound', `No standard ${standardId}`);
    return {
      ...content,
      standards: content.standards.filter((standard) => standard.id !== standardId),
    };
  });
}

export type RuleDraft = Omit<HouseRule, 'id'>;

/** Adds a house rule (no `ruleId`) or changes one; returns its id. */
export async function saveRule(
  policyId: string,
  rule: RuleDraft,
  ruleId?: string,
  now: number = Date.now(),
): Promise<string> {
  const id = ruleId ?? newId();
  await changeContent(policyId, now, (content) => {
    const exists = content.rules.some((item) => item.id === id);
    if (ruleId && !exists) throw new StorageError('notFound', `No rule ${id}`);
    const saved = { ...rule, text: rule.text.trim(), category: rule.category.trim(), id };
    return {
      ...content,
      rules: exists
        ? content.rules.map((item) => (item.id === id ? saved : item))
        : [...content.rules, saved],
    };
  });
  return id;
}

export async function removeRule(
  policyId: string,
  ruleId: string,
  now: number = Date.now(),
): Promise<void> {
  await changeContent(policyId, now, (content) => {
    if (!content.rules.some((rule) => rule.id === ruleId))
      throw new StorageError('notFound', `No rule ${ruleId}`);
    return { ...content, rules: content.rules.filter((rule) => rule.id !== ruleId) };
  });
}

/** The id of the business's most recent completed audit, or null. */
function latestAuditId(assessments: readonly Assessment[], policy: Policy): string | null {
  return trendFor(assessments, policy).at(-1)?.assessmentId ?? null;
}

/**
 * Keeps the current draft as the next numbered version, dated `now`, with an optional
 * note and the business's latest completed audit. Refused when the draft is the same as
 * the last saved version. Returns the version number.
 */
export async function savePolicyVersion(
  policyId: string,
  note: string,
  now: number = Date.now(),
): Promise<number> {
  try {
    return await db.transaction(
      'rw',
      [db.policies, db.policyVersions, db.assessments],
      async () => {
        const policy = await db.policies.get(policyId);
        if (!policy) throw new StorageError('notFound', `No policy ${policyId}`);
        const versions = await db.policyVersions
          .where('policyId')
          .equals(policyId)
          .sortBy('number');
        const last = versions.at(-1);
        if (last && !hasChanges(last.content, policy.content))
          throw new StorageError('invalid', 'unchanged');
        if (versions.length >= MAX_VERSIONS) throw new StorageError('invalid', 'tooManyVersions');
        const parsed = policyVersionSchema.safeParse({
          id: newId(),
          policyId,
          number: (last?.number ?? 0) + 1,
          savedAt: now,
          note: clipText(note.trim(), MAX_VERSION_NOTE + 1),
          basedOnAssessmentId: latestAuditId(await db.assessments.toArray(), policy),
          content: policy.content,
        });
        if (!parsed.success) throw invalid(parsed.error.issues);
        await db.policyVersions.add(parsed.data);
        return parsed.data.number;
      },
    );
  } catch (error) {
    throw toStorageError(error);
  }
}

/** What one deletion removed: enough to put it back exactly as it was. */
export type DeletedPolicy = { policy: Policy; versions: PolicyVersion[] };

/** Deletes a policy with all its versions; returns them for undo. */
export async function deletePolicy(policyId: string): Promise<DeletedPolicy> {
  try {
    return await db.transaction('rw', db.policies, db.policyVersions, async () => {
      const policy = await db.policies.get(policyId);
      if (!policy) throw new StorageError('notFound', `No policy ${policyId}`);
      const versions = await db.policyVersions.where('policyId').equals(policyId).toArray();
      await db.policyVersions.bulkDelete(versions.map((version) => version.id));
      await db.policies.delete(policyId);
      return { policy, versions };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Undo of deletePolicy: the same records, ids and dates. */
export async function restorePolicy(deleted: DeletedPolicy): Promise<void> {
  try {
    await db.transaction('rw', db.policies, db.policyVersions, async () => {
      await db.policies.put(deleted.policy);
      await db.policyVersions.bulkPut(deleted.versions);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export type GoalFromStandard = {
  /** The audit whose action plan receives the goal. */
  assessmentId: string;
  /** Used when the standard names no audit section. */
  fallbackSectionId: SectionId;
  /** The language the standard's numbers were typed in. */
  language: string;
  /** Today (YYYY-MM-DD): the goal is due on the review date, or three months on. */
  today: string;
};

/**
 * Makes an action-plan goal from a standard, in the same transaction that links the
 * standard to it: what = the standard, target = its main number and unit, due on its
 * review date (or in three months). Returns the goal's id.
 */
export async function addGoalFromStandard(
  policyId: string,
  standardId: string,
  options: GoalFromStandard,
  now: number = Date.now(),
): Promise<string> {
  try {
    return await db.transaction('rw', [db.policies, db.assessments, db.actionPlans], async () => {
      const policy = await db.policies.get(policyId);
      const standard = policy?.content.standards.find((item) => item.id === standardId);
      if (!policy || !standard) throw new StorageError('notFound', `No standard ${standardId}`);
      const target = mainTarget(
        checkSavedStandard(standard, options.language).measurable.quantities,
      );
      if (!target) throw new StorageError('invalid', 'notMeasurable');
      const dueDate =
        standard.reviewDate && standard.reviewDate >= options.today
          ? standard.reviewDate
          : addMonths(options.today, 3);
      const goalId = await addGoal(
        options.assessmentId,
        {
          what: standard.text,
          targetValue: target.value,
          targetUnit: target.unit,
          owner: '',
          dueDate,
          status: 'planned',
          sectionId: standard.sectionId ?? options.fallbackSectionId,
          adviceId: null,
        },
        now,
      );
      await changeContent(policyId, now, (content) => ({
        ...content,
        standards: content.standards.map((item) =>
          item.id === standardId
            ? { ...item, goal: { assessmentId: options.assessmentId, goalId } }
            : item,
        ),
      }));
      return goalId;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every policy, most recently changed first; undefined while loading. */
export function usePolicies(): Policy[] | undefined {
  return useLiveQuery(() => db.policies.orderBy('updatedAt').reverse().toArray(), []);
}

/** The policy, null when there is none with that id, undefined while loading. */
export function usePolicy(id: string | undefined): Policy | null | undefined {
  const result = useLiveQuery(
    async () => ({ id, policy: id ? ((await db.policies.get(id)) ?? null) : null }),
    [id],
  );
  return result && result.id === id ? result.policy : undefined;
}

/** The saved versions of a policy, oldest first; undefined while loading. */
export function usePolicyVersions(policyId: string | undefined): PolicyVersion[] | undefined {
  return useLiveQuery(
    async () =>
      policyId ? db.policyVersions.where('policyId').equals(policyId).sortBy('number') : [],
    [policyId],
  );
}
