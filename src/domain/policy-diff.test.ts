import { describe, expect, it } from 'vitest';
import { emptyPepi, emptyPolicyContent, type PolicyContent, type ServiceStandard } from './policy';
import { diffPolicies, hasChanges } from './policy-diff';

function standard(id: string, text: string, extra: Partial<ServiceStandard> = {}): ServiceStandard {
  return {
    id,
    text,
    sectionId: 'accessibility',
    evidence: 'Customers waited on the phone',
    reviewDate: null,
    why: '',
    aim: '',
    howToApply: '',
    pepi: emptyPepi(),
    goal: null,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

function content(change: Partial<PolicyContent> = {}): PolicyContent {
  return { ...emptyPolicyContent(), ...change };
}

describe('diffPolicies', () => {
  it('two equal versions have no changes (whitespace ignored)', () => {
    const a = content({ vision: { ...emptyPolicyContent().vision, statement: 'Fresh bread' } });
    const b = content({ vision: { ...emptyPolicyContent().vision, statement: ' Fresh bread \n' } });
    const diff = diffPolicies(a, b);
    expect(diff.same).toBe(true);
    expect(hasChanges(a, b)).toBe(false);
    expect(hasChanges(undefined, b)).toBe(true);
  });

  it('lists changed vision fields, areas and staff-card fields with before and after', () => {
    const before = content({
      vision: { ...emptyPolicyContent().vision, statement: 'Fresh bread', verbs: 'bake' },
      areas: { speed: 'Queue under 5 minutes', complaints: 'Owner calls back' },
    });
    const after = content({
      vision: {
        ...emptyPolicyContent().vision,
        statement: 'Fresh bread, warm welcome',
        verbs: 'bake',
      },
      areas: { speed: 'Queue under 3 minutes', retention: 'Card after 10 visits' },
      staffCard: { allowance: 'A free loaf', escalateTo: '' },
    });
    const diff = diffPolicies(before, after);
    expect(diff.same).toBe(false);
    expect(diff.vision).toEqual([
      { field: 'statement', before: 'Fresh bread', after: 'Fresh bread, warm welcome' },
    ]);
    expect(diff.areas).toEqual([
      { field: 'speed', before: 'Queue under 5 minutes', after: 'Queue under 3 minutes' },
      { field: 'complaints', before: 'Owner calls back', after: '' },
      { field: 'retention', before: '', after: 'Card after 10 visits' },
    ]);
    expect(diff.staffCard).toEqual([{ field: 'allowance', before: '', after: 'A free loaf' }]);
  });

  it('matches standards by id: added, removed, and changed with the fields that changed', () => {
    const calls = standard('s1', '90 % of calls within 2 minutes');
    const delivery = standard('s2', 'Delivery within 3 days');
    const returns = standard('s3', 'Returns under 2 %, checked monthly');
    const before = content({ standards: [calls, delivery] });
    const after = content({
      standards: [
        {
          ...calls,
          text: '95 % of calls within 2 minutes',
          pepi: { ...emptyPepi(), input: 'Staff vote' },
        },
        returns,
      ],
    });
    const diff = diffPolicies(before, after);
    expect(diff.standards.added.map((s) => s.id)).toEqual(['s3']);
    expect(diff.standards.removed.map((s) => s.id)).toEqual(['s2']);
    expect(diff.standards.changed).toEqual([
      { before: calls, after: after.standards[0], fields: ['text', 'pepi'] },
    ]);
  });

  it('an update timestamp alone is not a change', () => {
    const s = standard('s1', 'Delivery within 3 days');
    const diff = diffPolicies(
      content({ standards: [s] }),
      content({ standards: [{ ...s, updatedAt: 99 }] }),
    );
    expect(diff.same).toBe(true);
  });

  it('compares house rules by id, including the complaint count', () => {
    const rule = { id: 'r1', text: 'Cash only', category: 'payment', complaints: 2 };
    const diff = diffPolicies(
      content({ rules: [rule] }),
      content({
        rules: [
          { ...rule, complaints: 0 },
          { id: 'r2', text: 'Open 8–18', category: '', complaints: null },
        ],
      }),
    );
    expect(diff.rules.changed).toEqual([
      { before: rule, after: { ...rule, complaints: 0 }, fields: ['complaints'] },
    ]);
    expect(diff.rules.added.map((r) => r.id)).toEqual(['r2']);
    expect(diff.rules.removed).toEqual([]);
  });

  it('is symmetric: swapping the versions swaps added and removed', () => {
    const a = content({ standards: [standard('s1', 'Delivery within 3 days')] });
    const b = content({ standards: [standard('s2', 'Calls within 2 minutes')] });
    const forward = diffPolicies(a, b);
    const backward = diffPolicies(b, a);
    expect(forward.standards.added).toEqual(backward.standards.removed);
    expect(forward.standards.removed).toEqual(backward.standards.added);
  });
});
