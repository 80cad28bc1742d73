import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatInteger,
  formatLanguageName,
  formatMonth,
  formatPercent,
  formatScore,
  formatYear,
} from './format';
import { directionOf, matchLanguage } from './languages';

describe('formatScore', () => {
  it.each([
    ['en', 27.75, '27.75'],
    ['en', 21, '21'],
    ['en', 100 / 3, '33.33'],
    ['en', 1234.5, '1,234.5'],
    ['ms', 27.75, '27.75'],
    ['ms', 23.266666, '23.27'],
    ['id', 27.75, '27,75'],
    ['id', 1234.5, '1.234,5'],
    ['sk', 27.75, '27,75'],
    ['sk', 2 + 2 / 3, '2,67'],
    ['sk', 1234.5, '1\u00a0234,5'],
    ['fa', 27.75, '۲۷٫۷۵'],
    ['fa', 35, '۳۵'],
    ['fa', 23.266666, '۲۳٫۲۷'],
    ['fa', 1234.5, '۱٬۲۳۴٫۵'],
  ])('%s: %d → %s', (language, value, expected) => {
    expect(formatScore(value, language)).toBe(expected);
  });
});

describe('formatInteger', () => {
  it.each([
    ['en', 25, '25'],
    ['ms', 25, '25'],
    ['id', 1000, '1.000'],
    ['sk', 1000, '1\u00a0000'],
    ['fa', 25, '۲۵'],
    ['fa', 7, '۷'],
  ])('%s: %d → %s', (language, value, expected) => {
    expect(formatInteger(value, language)).toBe(expected);
  });
});

describe('dates', () => {
  // Local time, so the expectation does not depend on the machine's time zone.
  const moment = new Date(2025, 2, 14, 9, 5);

  it.each([
    ['en', 'Mar 14, 2025'],
    ['ms', '14 Mac 2025'],
    ['id', '14 Mar 2025'],
    ['sk', '14. 3. 2025'],
    // Persian uses the Solar Hijri calendar and Persian digits: 24 Esfand 1403.
    ['fa', '۲۴ اسفند ۱۴۰۳'],
  ])('%s: formatDate → %s', (language, expected) => {
    expect(formatDate(moment, language)).toBe(expected);
  });

  it.each([
    ['en', /^Mar 14, 2025, 9:05\sAM$/],
    ['ms', /^14 Mac 2025, 9:05\sPG$/],
    ['id', /^14 Mar 2025, 09\.05$/],
    ['sk', /^14\. 3\. 2025, 9:05$/],
    ['fa', /^۲۴ اسفند ۱۴۰۳، ۹:۰۵$/],
  ])('%s: formatDateTime matches %s', (language, expected) => {
    expect(formatDateTime(moment, language)).toMatch(expected);
  });

  it('accepts a timestamp as well as a Date', () => {
    expect(formatDate(moment.getTime(), 'sk')).toBe(formatDate(moment, 'sk'));
  });
});

describe('languages', () => {
  it.each([
    [['fa-IR', 'en'], 'fa'],
    [['de-DE', 'sk'], 'sk'],
    [['SK-sk'], 'sk'],
    [['in-ID'], 'id'],
    [['id'], 'id'],
    [['ms-MY'], 'ms'],
    [['en-GB', 'fa'], 'en'],
    [['de'], undefined],
    [[], undefined],
  ])('%j → %s', (preferred, expected) => {
    expect(matchLanguage(preferred)).toBe(expected);
  });

  it('Persian is right-to-left, the others left-to-right', () => {
    expect(directionOf('fa')).toBe('rtl');
    for (const language of ['en', 'ms', 'id', 'sk'] as const) {
      expect(directionOf(language)).toBe('ltr');
    }
  });
});

describe('complaint figure periods and shares', () => {
  it.each([
    ['en', 'Sep 2026', '2026', '86%'],
    ['sk', 'sep 2026', '2026', '86 %'],
    ['fa', 'سپتامبر ۲۰۲۶', '۲۰۲۶', '۸۶٪'],
  ])('%s: month %s, year %s, share %s', (language, month, year, percent) => {
    const date = new Date(2026, 8, 1);
    expect(formatMonth(date, language)).toBe(month);
    expect(formatYear(date, language)).toBe(year);
    expect(formatPercent(0.855, language).replace(/\u00a0/g, ' ')).toBe(percent);
  });
});

describe('formatLanguageName', () => {
  it.each([
    ['fa', 'en', 'انگلیسی'],
    ['fa', 'fa', 'فارسی'],
    ['sk', 'en', 'angličtina'],
    ['en', 'fa', 'Persian'],
    ['id', 'ms', 'Melayu'],
  ])('in %s, %s is called %s', (language, code, expected) => {
    expect(formatLanguageName(code, language)).toBe(expected);
  });

  it('never shows a Latin language name inside Persian text', () => {
    for (const code of ['en', 'ms', 'id', 'sk'])
      expect(formatLanguageName(code, 'fa')).toMatch(/^[\u0600-\u06FF\s]+$/);
  });
});
