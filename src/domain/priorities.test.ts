import { describe, expect, it } from 'vitest';
import { ITEM_IDS, type AnswerValue, type Answers, type SectionId } from './instrument';
import { prioritiseSections, prioritisedAdvice } from './priorities';

function all(value: AnswerValue, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(ITEM_IDS.map((id) => [id, value])), ...overrides };
}

const order = (answers: Answers): SectionId[] =>
  prioritiseSections(answers).map((priority) => priority.sectionId);

describe('prioritiseSections', () => {
  it.each<[string, Answers, SectionId[]]>([
    [
      'all equal: instrument order',
      all(4),
      ['culture', 'products', 'feedback', 'knowledge', 'accessibility', 'staff', 'improvement'],
    ],
    [
      'one weak section comes first',
      all(4, { 'feedback.1': 2, 'feedback.2': 1, 'feedback.3': 2 }),
      ['feedback', 'culture', 'products', 'knowledge', 'accessibility', 'staff', 'improvement'],
    ],
    [
      'lowest average first, then the next lowest',
      all(5, { 'staff.1': 1, 'improvement.1': 3, 'culture.1': 4 }),
      // staff (21/5 = 4.2) < improvement (13/3 ≈ 4.33) < culture (19/4 = 4.75) < rest
      ['staff', 'improvement', 'culture', 'products', 'feedback', 'knowledge', 'accessibility'],
    ],
    [
      // Both average exactly 3 (180/60): feedback 1+3+5 has one low answer,
      // knowledge 3+3+3 has none, so feedback needs more work.
      'equal averages: more answers of 1–2 first',
      all(5, {
        'knowledge.1': 3,
        'knowledge.2': 3,
        'knowledge.3': 3,
        'feedback.1': 1,
        'feedback.2': 3,
        'feedback.3': 5,
      }),
      ['feedback', 'knowledge', 'culture', 'products', 'accessibility', 'staff', 'improvement'],
    ],
    [
      // improvement 2+2+5 (3.0) and culture 2+2+4+4 (3.0): both have two low answers,
      // so instrument order decides.
      'equal averages and equal low counts: instrument order',
      all(5, {
        'improvement.1': 2,
        'improvement.2': 2,
        'culture.1': 2,
        'culture.2': 2,
        'culture.3': 4,
        'culture.4': 4,
      }),
      ['culture', 'improvement', 'products', 'feedback', 'knowledge', 'accessibility', 'staff'],
    ],
    [
      // 11/3 (220/60) vs 18/5 (216/60) differ by 4 sixtieths: staff is lower.
      'close averages are compared exactly',
      all(5, {
        'accessibility.1': 3,
        'accessibility.2': 4,
        'accessibility.3': 4,
        'staff.1': 3,
        'staff.2': 3,
        'staff.3': 4,
        'staff.4': 4,
        'staff.5': 4,
      }),
      ['staff', 'accessibility', 'culture', 'products', 'feedback', 'knowledge', 'improvement'],
    ],
    [
      'incomplete sections go last',
      Object.fromEntries(
        ITEM_IDS.filter((id) => !id.startsWith('culture')).map((id) => [id, 3]),
      ) as Answers,
      ['products', 'feedback', 'knowledge', 'accessibility', 'staff', 'improvement', 'culture'],
    ],
  ])('%s', (_name, answers, expected) => {
    expect(order(answers)).toEqual(expected);
  });

  it('reports averages and low-answer counts', () => {
    const [first] = prioritiseSections(
      all(4, { 'feedback.1': 2, 'feedback.2': 1, 'feedback.3': 2 }),
    );
    expect(first).toMatchObject({
      sectionId: 'feedback',
      averageSixtieths: 100,
      lowAnswers: 3,
    });
    expect(first?.average).toBeCloseTo(5 / 3);
  });
});

describe('prioritisedAdvice', () => {
  const ids = (sectionId: SectionId, answers: Answers) =>
    prioritisedAdvice(sectionId, answers).map((item) => item.id);

  it.each<[string, SectionId, Answers, string[]]>([
    [
      'all equal: library order',
      'feedback',
      all(3),
      [
        'feedback.complaintLog',
        'feedback.openSurveys',
        'feedback.realTime',
        'feedback.askStaffAndVendors',
        'feedback.topThree',
        'feedback.closeTheLoop',
      ],
    ],
    [
      // feedback.2 lowest: actions on it first; closeTheLoop (feedback.3 + .2: min 1,
      // mean 2) after openSurveys and realTime (mean 1); then feedback.1 actions.
      'actions on the lowest statement first',
      'feedback',
      all(5, { 'feedback.1': 3, 'feedback.2': 1, 'feedback.3': 3 }),
      [
        'feedback.openSurveys',
        'feedback.realTime',
        'feedback.closeTheLoop',
        'feedback.complaintLog',
        'feedback.askStaffAndVendors',
        'feedback.topThree',
      ],
    ],
    [
      // Every statement equally low: nothing to separate the actions but library order.
      'all statements equally low: library order',
      'staff',
      all(5, { 'staff.1': 2, 'staff.2': 2, 'staff.3': 2, 'staff.4': 2, 'staff.5': 2 }),
      [
        'staff.dignity',
        'staff.training',
        'staff.rolePlay',
        'staff.fourSteps',
        'staff.recognition',
        'staff.rewards',
        'staff.hireForEmpathy',
      ],
    ],
    [
      'a tie on the lowest answer is broken by the mean',
      'improvement',
      all(5, { 'improvement.1': 2, 'improvement.2': 2, 'improvement.3': 4 }),
      [
        // Lowest 2, mean 2: csatNps, reviewProcesses, learnFromOthers, staffInput
        // (library order); lowest 2, mean 3: rootCause; lowest 4: fixDeadline.
        'improvement.csatNps',
        'improvement.reviewProcesses',
        'improvement.learnFromOthers',
        'improvement.staffInput',
        'improvement.rootCause',
        'improvement.fixDeadline',
      ],
    ],
  ])('%s', (_name, sectionId, answers, expected) => {
    expect(ids(sectionId, answers)).toEqual(expected);
  });

  it('puts actions whose statements are unanswered last', () => {
    expect(ids('knowledge', { 'knowledge.3': 2 }).slice(0, 3)).toEqual([
      'knowledge.consistentChannels',
      'knowledge.singleView',
      'knowledge.shareFeedback',
    ]);
  });
});
