import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  answerWriteSchema,
  answersSchema,
  assessmentSchema,
  isComplete,
  newAssessmentSchema,
} from './assessment';
import { ITEM_IDS, type Answers } from './instrument';

const all = (value: number) => Object.fromEntries(ITEM_IDS.map((id) => [id, value]));

const stored = {
  id: 'a1',
  businessName: 'Corner Bakery',
  respondent: 'Aisyah',
  context: '',
  locale: 'en',
  answers: { 'culture.1': 4 },
  notes: {},
  createdAt: Date.UTC(2026, 0, 5, 9),
  updatedAt: Date.UTC(2026, 0, 5, 10),
  completedAt: null,
};

/** The first issue's message, or 'ok'. */
function outcome(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  if (result.success) return 'ok';
  return (result.error as { issues: { message: string }[] }).issues[0]?.message;
}

describe('answerWriteSchema', () => {
  it.each([
    [{ itemId: 'culture.1', value: 1 }, 'ok'],
    [{ itemId: 'improvement.3', value: 5 }, 'ok'],
    [{ itemId: 'culture.1', value: 0 }, 'answer 0 is out of range 1–5'],
    [{ itemId: 'culture.1', value: 6 }, 'answer 6 is out of range 1–5'],
    [{ itemId: 'culture.1', value: 2.5 }, 'answer 2.5 is not a whole number from 1 to 5'],
    [{ itemId: 'culture.1', value: '3' }, 'answer "3" is not a number from 1 to 5'],
    [{ itemId: 'culture.9', value: 3 }, 'unknown statement "culture.9"'],
  ])('%j → %s', (write, expected) => {
    expect(outcome(answerWriteSchema, write)).toBe(expected);
  });

  it('reports a fraction once, not also as out of range', () => {
    const result = answerWriteSchema.safeParse({ itemId: 'culture.1', value: 7.5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
  });
});

describe('answersSchema', () => {
  it.each([
    ['no answers', {}, 'ok'],
    ['some answers', { 'culture.1': 1, 'staff.5': 5 }, 'ok'],
    ['all 25', all(3), 'ok'],
    ['an answer out of range', { 'staff.2': 9 }, 'answer 9 is out of range 1–5'],
  ])('%s → %s', (_case, answers, expected) => {
    expect(outcome(answersSchema, answers)).toBe(expected);
  });
});

describe('answersSchema with an unknown statement', () => {
  it('names the key it does not know', () => {
    const result = answersSchema.safeParse({ 'culture.1': 1, 'culture.0': 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['culture.0'] },
    ]);
  });
});

describe('newAssessmentSchema', () => {
  const base = { businessName: '', respondent: '', context: '' };

  it('trims every name', () => {
    expect(
      newAssessmentSchema.parse({
        businessName: '  Corner Bakery ',
        respondent: ' Aisyah',
        context: 'Course B  ',
        instructor: ' Dr Lee ',
        studentId: ' S123 ',
      }),
    ).toEqual({
      businessName: 'Corner Bakery',
      respondent: 'Aisyah',
      context: 'Course B',
      instructor: 'Dr Lee',
      studentId: 'S123',
    });
  });

  it.each(['businessName', 'respondent', 'context', 'instructor', 'studentId'] as const)(
    `%s: ${MAX_NAME_LENGTH} characters pass, one more is refused, spaces around do not count`,
    (field) => {
      const at = 'x'.repeat(MAX_NAME_LENGTH);
      expect(newAssessmentSchema.safeParse({ ...base, [field]: at }).success).toBe(true);
      expect(newAssessmentSchema.safeParse({ ...base, [field]: `  ${at}  ` }).success).toBe(true);
      expect(newAssessmentSchema.safeParse({ ...base, [field]: `${at}x` }).success).toBe(false);
    },
  );

  it('leaves the course fields out when not given, and needs the other three', () => {
    expect(newAssessmentSchema.parse(base)).toEqual(base);
    expect(newAssessmentSchema.safeParse({ businessName: '', respondent: '' }).success).toBe(false);
  });
});

describe('assessmentSchema', () => {
  it('accepts a stored assessment as it is', () => {
    expect(assessmentSchema.parse(stored)).toEqual(stored);
  });

  it.each([
    ['an empty id', { id: '' }],
    ['an id over 100 characters', { id: 'x'.repeat(101) }],
    ['a name over the limit', { businessName: 'x'.repeat(MAX_NAME_LENGTH + 1) }],
    ['an instructor over the limit', { instructor: 'x'.repeat(MAX_NAME_LENGTH + 1) }],
    ['a one-letter locale', { locale: 'e' }],
    ['a locale over 20 characters', { locale: 'x'.repeat(21) }],
    ['a negative time', { createdAt: -1 }],
    ['a fractional time', { updatedAt: 1.5 }],
    ['a missing completedAt', { completedAt: undefined }],
    ['a note on an unknown section', { notes: { cultures: 'x' } }],
    ['a note over the limit', { notes: { staff: 'x'.repeat(MAX_NOTE_LENGTH + 1) } }],
    ['an answer out of range', { answers: { 'culture.1': 0 } }],
  ])('refuses %s', (_case, change) => {
    expect(assessmentSchema.safeParse({ ...stored, ...change }).success).toBe(false);
  });

  it.each([
    ['an id of 100 characters', { id: 'x'.repeat(100) }],
    ['a two-letter locale', { locale: 'fa' }],
    ['a language and region', { locale: 'sk-SK' }],
    ['a completion time', { completedAt: Date.UTC(2026, 0, 5, 11) }],
    ['a note at the limit', { notes: { staff: 'x'.repeat(MAX_NOTE_LENGTH) } }],
    ['course fields', { instructor: 'Dr Lee', studentId: 'S123' }],
  ])('accepts %s', (_case, change) => {
    expect(assessmentSchema.safeParse({ ...stored, ...change }).success).toBe(true);
  });
});

describe('isComplete', () => {
  const allFour = all(4) as Answers;
  const drop = (id: string) =>
    Object.fromEntries(Object.entries(allFour).filter(([key]) => key !== id)) as Answers;

  it.each([
    ['nothing answered', {}, false],
    ['the first statement missing', drop('culture.1'), false],
    ['the last statement missing', drop('improvement.3'), false],
    ['one in the middle missing', drop('knowledge.2'), false],
    ['all 25 answered', allFour, true],
  ] as const)('%s → %s', (_case, answers, expected) => {
    expect(isComplete({ answers })).toBe(expected);
  });
});
