import { beforeEach, describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../domain/instrument';
import { emptyPepi, emptyVision, type StandardDraft } from '../domain/policy';
import { createAssessment, saveAnswer } from './assessments';
import { backupToJson, deleteAllData, exportBackup, importBackup } from './backup';
import { db } from './database';
import {
  addGoalFromStandard,
  deletePolicy,
  openPolicyFor,
  removeRule,
  removeStandard,
  restorePolicy,
  saveAreas,
  savePolicyVersion,
  saveRule,
  saveStaffCard,
  saveStandard,
  saveVision,
} from './policies';
import { StorageError } from './storage-errors';

beforeEach(async () => {
  await deleteAllData();
});

function draft(text: string, extra: Partial<StandardDraft> = {}): StandardDraft {
  return {
    text,
    sectionId: 'accessibility',
    evidence: 'Customers told us they hang up after a few minutes',
    reviewDate: null,
    why: 'Calls are how most orders arrive',
    aim: 'No caller gives up',
    howToApply: 'Whoever is nearest picks up',
    pepi: emptyPepi(),
    ...extra,
  };
}

/** Audits and backups carry times inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

async function completedAudit(businessName: string, offset: number): Promise<string> {
  const at = T0 + offset;
  const id = await createAssessment({ businessName, respondent: '', context: '' }, 'en', at);
  for (const itemId of ITEM_IDS) await saveAnswer(id, itemId, 3, at + 1);
  return id;
}

describe('openPolicyFor', () => {
  it('creates one policy per business and opens it again by the same-business rule', async () => {
    const first = await openPolicyFor(
      { businessName: 'Corner Bakery', context: 'BUS 210' },
      T0 + 5,
    );
    expect(first.created).toBe(true);
    const again = await openPolicyFor(
      { businessName: '  corner bakery ', context: 'bus  210' },
      T0 + 6,
    );
    expect(again).toEqual({ id: first.id, created: false });
    // The same name in another context (or none) is another business (domain/business.ts).
    const otherContext = await openPolicyFor({ businessName: 'Corner Bakery' }, T0 + 7);
    expect(otherContext.id).not.toBe(first.id);
    const other = await openPolicyFor({ businessName: 'Harbour Café' }, T0 + 8);
    expect(other.id).not.toBe(first.id);
    expect(await db.policies.count()).toBe(3);
    expect(await db.policies.get(first.id)).toMatchObject({
      businessName: 'Corner Bakery',
      context: 'BUS 210',
      createdAt: T0 + 5,
      updatedAt: T0 + 5,
    });
  });

  it('refuses a policy without a business name', async () => {
    await expect(openPolicyFor({ businessName: '   ' })).rejects.toMatchObject({ kind: 'invalid' });
    expect(await db.policies.count()).toBe(0);
  });
});

describe('writing the policy', () => {
  it('saves the vision, areas, staff card, standards and rules, each validated', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' }, T0 + 1);
    await saveVision(
      id,
      { ...emptyVision(), statement: 'Bake fresh, greet by name', verbs: 'bake, greet' },
      T0 + 2,
    );
    await saveAreas(id, { speed: 'Queue under 5 minutes', complaints: '  ' }, T0 + 3);
    await saveStaffCard(id, { allowance: 'A free loaf', escalateTo: 'Ana, 0900 123 456' }, T0 + 4);
    const standardId = await saveStandard(
      id,
      draft('90 % of calls answered within 2 minutes'),
      {},
      T0 + 5,
    );
    const ruleId = await saveRule(
      id,
      { text: ' No card under RM10 ', category: 'payment', complaints: 3 },
      undefined,
      T0 + 6,
    );

    const policy = (await db.policies.get(id))!;
    expect(policy.updatedAt).toBe(T0 + 6);
    expect(policy.content.vision.statement).toBe('Bake fresh, greet by name');
    // Empty answers are not stored.
    expect(policy.content.areas).toEqual({ speed: 'Queue under 5 minutes' });
    expect(policy.content.staffCard.allowance).toBe('A free loaf');
    expect(policy.content.standards).toEqual([
      {
        ...draft('90 % of calls answered within 2 minutes'),
        id: standardId,
        goal: null,
        createdAt: T0 + 5,
        updatedAt: T0 + 5,
      },
    ]);
    expect(policy.content.rules).toEqual([
      { id: ruleId, text: 'No card under RM10', category: 'payment', complaints: 3 },
    ]);
  });

  it('editing a standard keeps its id, creation time and goal link', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' }, T0 + 1);
    const standardId = await saveStandard(
      id,
      draft('Delivery within 3 days'),
      { goal: { assessmentId: 'a', goalId: 'g' } },
      T0 + 2,
    );
    await saveStandard(id, draft('Delivery within 2 days'), { standardId }, T0 + 9);
    const [standard] = (await db.policies.get(id))!.content.standards;
    expect(standard).toMatchObject({
      id: standardId,
      text: 'Delivery within 2 days',
      goal: { assessmentId: 'a', goalId: 'g' },
      createdAt: T0 + 2,
      updatedAt: T0 + 9,
    });
  });

  it('a write that breaks a limit, or names a missing record, changes nothing', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' }, T0 + 1);
    await saveStandard(id, draft('Delivery within 3 days'), {}, T0 + 2);
    const before = await db.policies.get(id);
    await expect(saveAreas(id, { speed: 'x'.repeat(3001) })).rejects.toMatchObject({
      kind: 'invalid',
    });
    await expect(saveStandard(id, draft(''))).rejects.toBeInstanceOf(StorageError);
    await expect(saveStandard(id, draft('x'), { standardId: 'nope' })).rejects.toMatchObject({
      kind: 'notFound',
    });
    await expect(removeStandard(id, 'nope')).rejects.toMatchObject({ kind: 'notFound' });
    await expect(removeRule(id, 'nope')).rejects.toMatchObject({ kind: 'notFound' });
    await expect(saveVision('no-such-policy', emptyVision())).rejects.toMatchObject({
      kind: 'notFound',
    });
    expect(await db.policies.get(id)).toEqual(before);
  });

  it('removes standards and rules', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' }, T0 + 1);
    const standardId = await saveStandard(id, draft('Delivery within 3 days'));
    const ruleId = await saveRule(id, { text: 'Cash only', category: '', complaints: null });
    await removeStandard(id, standardId);
    await removeRule(id, ruleId);
    const policy = (await db.policies.get(id))!;
    expect(policy.content.standards).toEqual([]);
    expect(policy.content.rules).toEqual([]);
  });
});

describe('versions', () => {
  it('saves numbered, dated versions; lists them; refuses an unchanged draft', async () => {
    const audit = await completedAudit('Corner Bakery', 100);
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' }, T0 + 1);
    await saveVision(id, { ...emptyVision(), statement: 'Fresh bread' });
    expect(await savePolicyVersion(id, ' first draft ', T0 + 1_000)).toBe(1);
    await expect(savePolicyVersion(id, '', T0 + 2_000)).rejects.toMatchObject({
      kind: 'invalid',
      message: 'unchanged',
    });
    await saveStandard(id, draft('Delivery within 3 days'));
    expect(await savePolicyVersion(id, '', T0 + 3_000)).toBe(2);

    const versions = await db.policyVersions.where('policyId').equals(id).sortBy('number');
    expect(
      versions.map(({ number, savedAt, note, basedOnAssessmentId }) => ({
        number,
        savedAt,
        note,
        basedOnAssessmentId,
      })),
    ).toEqual([
      { number: 1, savedAt: T0 + 1_000, note: 'first draft', basedOnAssessmentId: audit },
      { number: 2, savedAt: T0 + 3_000, note: '', basedOnAssessmentId: audit },
    ]);
    expect(versions[0]!.content.standards).toEqual([]);
    expect(versions[1]!.content.standards.map((s) => s.text)).toEqual(['Delivery within 3 days']);
    // Later edits to the draft leave saved versions as they were.
    await saveVision(id, { ...emptyVision(), statement: 'Changed later' });
    expect((await db.policyVersions.get(versions[0]!.id))!.content.vision.statement).toBe(
      'Fresh bread',
    );
  });

  it('a version of a business without a completed audit records none', async () => {
    const { id } = await openPolicyFor({ businessName: 'New shop' });
    await savePolicyVersion(id, '');
    expect((await db.policyVersions.toArray())[0]!.basedOnAssessmentId).toBeNull();
  });

  it('delete removes the policy with its versions; undo brings both back', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' });
    await savePolicyVersion(id, '');
    const deleted = await deletePolicy(id);
    expect(await db.policies.count()).toBe(0);
    expect(await db.policyVersions.count()).toBe(0);
    await restorePolicy(deleted);
    expect(await db.policies.get(id)).toEqual(deleted.policy);
    expect(await db.policyVersions.toArray()).toEqual(deleted.versions);
  });
});

describe('ties to the action plan', () => {
  it('makes a goal from a standard and links them in one transaction', async () => {
    const audit = await completedAudit('Corner Bakery', 100);
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' });
    const standardId = await saveStandard(
      id,
      draft('۹۰٪ تماس‌ها ظرف ۲ دقیقه پاسخ داده شوند', {
        sectionId: null,
        reviewDate: '2030-02-01',
      }),
    );
    const goalId = await addGoalFromStandard(id, standardId, {
      assessmentId: audit,
      fallbackSectionId: 'feedback',
      language: 'fa',
      today: '2030-01-15',
    });
    const plan = await db.actionPlans.get(audit);
    expect(plan!.goals).toEqual([
      expect.objectContaining({
        id: goalId,
        what: '۹۰٪ تماس‌ها ظرف ۲ دقیقه پاسخ داده شوند',
        targetValue: 90,
        targetUnit: '%',
        dueDate: '2030-02-01',
        sectionId: 'feedback',
        status: 'planned',
      }),
    ]);
    const standard = (await db.policies.get(id))!.content.standards[0]!;
    expect(standard.goal).toEqual({ assessmentId: audit, goalId });
  });

  it('a goal due three months on when the review date has passed', async () => {
    const audit = await completedAudit('Corner Bakery', 100);
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' });
    const standardId = await saveStandard(
      id,
      draft('Delivery within 3 days', { reviewDate: '2020-01-01' }),
    );
    await addGoalFromStandard(id, standardId, {
      assessmentId: audit,
      fallbackSectionId: 'feedback',
      language: 'en',
      today: '2030-01-15',
    });
    expect((await db.actionPlans.get(audit))!.goals[0]).toMatchObject({
      dueDate: '2030-04-15',
      targetValue: 3,
      targetUnit: 'days',
      sectionId: 'accessibility',
    });
  });

  it('when the goal cannot be written, the standard stays unlinked', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' });
    const standardId = await saveStandard(id, draft('Delivery within 3 days'));
    const before = await db.policies.get(id);
    await expect(
      addGoalFromStandard(id, standardId, {
        assessmentId: 'no-such-audit',
        fallbackSectionId: 'feedback',
        language: 'en',
        today: '2030-01-15',
      }),
    ).rejects.toMatchObject({ kind: 'notFound' });
    expect(await db.policies.get(id)).toEqual(before);
    expect(await db.actionPlans.count()).toBe(0);
  });
});

describe('backup', () => {
  it('export → delete all → import restores the policy and every version', async () => {
    await completedAudit('Corner Bakery', 100);
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' });
    await saveVision(id, { ...emptyVision(), statement: 'نان تازه، سلام گرم' });
    await savePolicyVersion(id, 'v1');
    await saveStandard(id, draft('Delivery within 3 days'));
    await savePolicyVersion(id, 'v2');
    await saveAreas(id, { retention: 'Call a month after' });
    await savePolicyVersion(id, 'v3');
    await saveAreas(id, { retention: 'Call two weeks after' }); // an unsaved draft change

    const exported = await exportBackup(T0);
    expect(exported.policies).toHaveLength(1);
    expect(exported.policyVersions).toHaveLength(3);
    await deleteAllData();
    expect(await db.policyVersions.count()).toBe(0);

    const result = await importBackup(backupToJson(exported));
    expect(result.ok && result.summary.added).toMatchObject({ policies: 1, policyVersions: 3 });
    expect(await exportBackup(T0)).toEqual(exported);
    // Importing again adds nothing.
    const again = await importBackup(backupToJson(exported));
    expect(again.ok && again.summary.skipped).toMatchObject({ policies: 1, policyVersions: 3 });
    expect(await db.policyVersions.count()).toBe(3);
  });

  it('a version saved on another device with a number already used here is kept as the next number', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' });
    await savePolicyVersion(id, 'here', T0 + 10);
    const exported = await exportBackup(T0);
    const fromOtherDevice = {
      ...exported,
      policyVersions: [
        { ...exported.policyVersions![0]!, id: 'other-device', note: 'there', savedAt: T0 + 20 },
      ],
    };
    const result = await importBackup(JSON.stringify(fromOtherDevice));
    expect(result.ok && result.summary.added.policyVersions).toBe(1);
    const versions = await db.policyVersions.where('policyId').equals(id).sortBy('number');
    expect(versions.map((v) => [v.number, v.note])).toEqual([
      [1, 'here'],
      [2, 'there'],
    ]);
  });

  it('a backup with a version of an unknown policy is refused and nothing is written', async () => {
    const { id } = await openPolicyFor({ businessName: 'Corner Bakery' });
    await savePolicyVersion(id, '');
    const exported = await exportBackup(T0);
    await deleteAllData();
    const broken = { ...exported, policies: [] };
    const result = await importBackup(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && 'problem' in result && result.problem).toMatchObject({
      kind: 'invalid',
      issues: [expect.objectContaining({ path: 'policyVersions[0].policyId', code: 'noPolicy' })],
    });
    expect(await db.policyVersions.count()).toBe(0);
  });
});
