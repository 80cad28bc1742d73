import { describe, expect, it } from 'vitest';
import { dueDateAllowed, goalFormSchema } from './action-plan';

const valid = {
  what: 'Answer calls faster',
  targetValue: '90',
  targetUnit: '% of calls answered within 2 minutes',
  owner: 'Ana',
  dueDate: '2030-05-15',
  status: 'planned',
} as const;

function errors(input: Record<string, string>): string[] {
  const result = goalFormSchema('2030-05-15').safeParse({ ...valid, ...input });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('goal form schema', () => {
  it('accepts a goal due today and turns the target into a number', () => {
    expect(goalFormSchema('2030-05-15').parse(valid)).toMatchObject({ targetValue: 90 });
  });

  it.each([
    [{ targetValue: '' }, ['targetValueMissing']],
    [{ targetValue: 'ninety' }, ['targetValueNotNumber']],
    [{ targetUnit: '  ' }, ['targetUnitMissing']],
    [{ dueDate: '2030-05-14' }, ['dueDatePast']],
    [{ dueDate: '2030-02-30' }, ['dueDateInvalid']],
    [{ dueDate: '' }, ['dueDateMissing']],
    [{ what: '', owner: '' }, ['whatMissing']],
    [{ owner: 'x'.repeat(121) }, ['ownerTooLong']],
    [{ targetValue: '1e3' }, ['targetValueNotNumber']],
  ])('%j → %j', (input, expected) => {
    expect(errors(input)).toEqual(expected);
  });

  it.each([
    ['2,5', 'sk', 2.5],
    ['2,5', 'id', 2.5],
    ['2.5', 'en', 2.5],
    ['۹۰', 'fa', 90],
    ['۲٫۵', 'fa', 2.5],
    ['٩٠', 'fa', 90],
  ])('reads the target %j typed in %s as %d', (targetValue, language, expected) => {
    const schema = goalFormSchema('2030-05-15', { language });
    expect(schema.parse({ ...valid, targetValue }).targetValue).toBe(expected);
  });

  it('explains a target that is not a number in any language', () => {
    const schema = goalFormSchema('2030-05-15', { language: 'fa' });
    const result = schema.safeParse({ ...valid, targetValue: 'نود' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'targetValueNotNumber',
    ]);
  });

  describe('editing a goal whose due date has passed', () => {
    const schema = goalFormSchema('2030-05-15', { currentDueDate: '2030-04-01' });
    const messages = (dueDate: string) => {
      const result = schema.safeParse({ ...valid, dueDate });
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };

    it('keeps the current date unchanged', () => {
      expect(messages('2030-04-01')).toEqual([]);
      expect(dueDateAllowed('2030-04-01', '2030-05-15', '2030-04-01')).toBe(true);
    });

    it('refuses another past date, and accepts today or later', () => {
      expect(messages('2030-04-02')).toEqual(['dueDatePastChanged']);
      expect(messages('2030-05-14')).toEqual(['dueDatePastChanged']);
      expect(dueDateAllowed('2030-04-02', '2030-05-15', '2030-04-01')).toBe(false);
      expect(messages('2030-05-15')).toEqual([]);
      expect(messages('2030-07-01')).toEqual([]);
    });

    it('gives the usual message when the current date is still ahead', () => {
      const ahead = goalFormSchema('2030-05-15', { currentDueDate: '2030-06-01' });
      const result = ahead.safeParse({ ...valid, dueDate: '2030-05-01' });
      expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
        'dueDatePast',
      ]);
    });
  });
});
