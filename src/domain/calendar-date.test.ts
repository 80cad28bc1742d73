import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateFromIso, isRealDate, isoDate } from './calendar-date';

describe('isoDate', () => {
  it.each([
    [new Date(2030, 0, 5), '2030-01-05'],
    [new Date(2030, 11, 31, 23, 59), '2030-12-31'],
    // Just after local midnight is still that local day, whatever the UTC date is.
    [new Date(2031, 0, 1, 0, 1), '2031-01-01'],
    [new Date(999, 5, 9), '0999-06-09'],
  ])('%s → %s', (date, expected) => {
    expect(isoDate(date)).toBe(expected);
  });
});

describe('dateFromIso', () => {
  it('is local midnight of that day and round-trips', () => {
    const date = dateFromIso('2030-03-09');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2030, 2, 9, 0,
    ]);
    expect(isoDate(date)).toBe('2030-03-09');
  });
});

describe('addMonths', () => {
  it.each([
    ['2030-01-31', 1, '2030-02-28'],
    ['2032-01-31', 1, '2032-02-29'],
    ['2030-11-15', 3, '2031-02-15'],
    ['2032-02-29', 12, '2033-02-28'],
    ['2030-03-31', -1, '2030-02-28'],
    ['2030-05-20', 0, '2030-05-20'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2030-02-28', true],
    ['2032-02-29', true],
    ['2030-02-29', false],
    ['2030-13-01', false],
    ['2030-04-31', false],
    ['2030-00-10', false],
    ['30-02-28', false],
    ['2030-2-28', false],
    [' 2030-02-28', false],
    ['2030-02-28T00:00', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2030-05-15', 90, '2030-08-13'],
    ['2030-12-15', 30, '2031-01-14'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2030-03-29', 1, '2030-03-30'],
    ['2030-10-26', 1, '2030-10-27'],
  ])('%s + %d days = %s', (start, days, expected) => {
    expect(addDays(start, days)).toBe(expected);
  });
});
