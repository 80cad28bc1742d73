import { describe, expect, it } from 'vitest';
import type { ActionPlan } from './action-plan';
import type { Assessment } from './assessment';
import { ITEM_IDS } from './instrument';
import { repairActionPlan, repairAssessment, repairParticipant, repairWorkshop } from './repair';
import { DAY_MS } from './timestamps';

const NOW = Date.UTC(2026, 5, 1);
const T = Date.UTC(2025, 0, 1);
const full = Object.fromEntries(ITEM_IDS.map((id) => [id, 4])) as Assessment['answers'];

const assessment: Assessment = {
  id: 'a',
  businessName: 'Café',
  respondent: '',
  context: '',
  locale: 'en',
  answers: full,
  notes: {},
  createdAt: T,
  updatedAt: T + 1,
  completedAt: T + 1,
};

describe('repairAssessment', () => {
  it('leaves a valid record exactly as it is', () => {
    expect(repairAssessment(assessment, NOW)).toEqual(assessment);
  });

  it.each([
    ['beyond any date', 8.64e15 + 1],
    ['far in the future', NOW + 2 * DAY_MS],
    ['before 2000', Date.UTC(1999, 11, 31)],
    ['zero', 0],
  ])('replaces a created time %s by the next good time, else now', (_name, bad) => {
    expect(repairAssessment({ ...assessment, createdAt: bad }, NOW).createdAt).toBe(T + 1);
    const allBad = { ...assessment, createdAt: bad, updatedAt: bad, completedAt: bad };
    expect(repairAssessment(allBad, NOW)).toMatchObject({
      createdAt: NOW,
      updatedAt: NOW,
      completedAt: NOW,
    });
  });

  it('cleans and cuts text, keeping what was written', () => {
    const repaired = repairAssessment(
      {
        ...assessment,
        businessName: `\u202E${'n'.repeat(125)}`,
        notes: { culture: `a\u0000b\r\n${'z'.repeat(6000)}` },
      },
      NOW,
    );
    expect(repaired.businessName).toBe('n'.repeat(120));
    expect(repaired.notes.culture).toBe(`ab\n${'z'.repeat(5000 - 3)}`);
  });

  it('returns a record it cannot mend unchanged (the screens show it with "—")', () => {
    const broken = { ...assessment, answers: { 'culture.1': 9 } } as unknown as Assessment;
    expect(repairAssessment(broken, NOW)).toBe(broken);
  });
});

describe('workshops, participants and plans', () => {
  it('repairs a workshop name and times', () => {
    expect(
      repairWorkshop({ id: 'w', name: 'A\u2066B\nC', createdAt: -1, updatedAt: 1e20 }, NOW),
    ).toEqual({ id: 'w', name: 'AB C', createdAt: NOW, updatedAt: NOW });
  });

  it('repairs a participant label and addedAt', () => {
    expect(
      repairParticipant(
        {
          id: 'p',
          workshopId: 'w',
          fingerprint: 'result:0123456789abcdef',
          label: '\u202E\u0000',
          answers: full,
          source: 'link',
          addedAt: 8.64e15 + 1,
        },
        NOW,
      ),
    ).toMatchObject({ label: null, addedAt: NOW });
  });

  it('repairs goal texts and times', () => {
    const plan: ActionPlan = {
      assessmentId: 'a',
      goals: [
        {
          id: 'g',
          sectionId: 'culture',
          adviceId: null,
          what: 'Answer\tcalls',
          targetValue: 90,
          targetUnit: '%',
          owner: 'Ana\u202E',
          dueDate: '2026-07-01',
          status: 'planned',
          createdAt: 1,
          updatedAt: T,
        },
      ],
      nextAuditDate: null,
      updatedAt: 8.64e15 + 1,
    };
    expect(repairActionPlan(plan, NOW)).toMatchObject({
      goals: [{ what: 'Answer calls', owner: 'Ana', createdAt: T, updatedAt: T }],
      updatedAt: NOW,
    });
  });
});
