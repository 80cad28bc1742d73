import { describe, expect, it } from 'vitest';
import { formatInteger, formatScore } from './format';
import { directionOf, matchLanguage } from './languages';

describe('formatScore', () => {
  it.each([
    ['en', 27.75, '27.75'],
    ['en', 21, '21'],
    ['en', 100 / 3, '33.33'],
    ['sk', 27.75, '27,75'],
    ['ms', 27.75, '27.75'],
    ['id', 27.75, '27,75'],
    ['fa', 27.75, '۲۷٫۷۵'],
    ['fa', 35, '۳۵'],
  ])('%s: %d → %s', (language, value, expected) => {
    expect(formatScore(value, language)).toBe(expected);
  });

  it('formats counts in Persian digits', () => {
    expect(formatInteger(25, 'fa')).toBe('۲۵');
  });
});

describe('languages', () => {
  it.each([
    [['fa-IR', 'en'], 'fa'],
    [['de-DE', 'sk'], 'sk'],
    [['in-ID'], 'id'],
    [['ms-MY'], 'ms'],
    [['de'], undefined],
  ])('%j → %s', (preferred, expected) => {
    expect(matchLanguage(preferred)).toBe(expected);
  });

  it('Persian is right-to-left, the others left-to-right', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('sk')).toBe('ltr');
  });
});
