import { describe, expect, it } from 'vitest';
import { addMonths, goalFormSchema, isRealDate, isoDate } from './action-plan';

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
    [{ what: '', owner: '' }, ['whatMissing', 'ownerMissing']],
  ])('%j → %j', (input, expected) => {
    expect(errors(input)).toEqual(expected);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2030-01-31', 1, '2030-02-28'],
    ['2030-11-15', 3, '2031-02-15'],
    ['2032-02-29', 12, '2033-02-28'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });

  it('recognises real dates only', () => {
    expect(isRealDate('2030-02-28')).toBe(true);
    expect(isRealDate('2030-02-29')).toBe(false);
    expect(isRealDate('30-02-28')).toBe(false);
    expect(isoDate(new Date(2030, 0, 5))).toBe('2030-01-05');
  });
});
