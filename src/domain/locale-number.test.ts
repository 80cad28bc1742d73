import { describe, expect, it } from 'vitest';
import { formatNumberForInput, parseLocaleNumber, separatorsFor } from './locale-number';

describe('separatorsFor', () => {
  it.each([
    ['en', { decimal: '.', group: ',' }],
    ['ms', { decimal: '.', group: ',' }],
    ['id', { decimal: ',', group: '.' }],
    ['sk', { decimal: ',', group: ' ' }],
    ['fa', { decimal: '.', group: ',' }],
  ])('%s → %j (Persian ٫ and ٬ count as . and ,)', (language, expected) => {
    expect(separatorsFor(language)).toEqual(expected);
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    // What people type, in which language, and the number meant.
    ['90', 'en', 90],
    ['2.5', 'en', 2.5],
    ['2,5', 'en', 2.5],
    ['1,000', 'en', 1000],
    ['1,234.5', 'en', 1234.5],
    ['.5', 'en', 0.5],
    ['-3', 'en', -3],
    ['  7  ', 'ms', 7],
    ['2,5', 'sk', 2.5],
    ['2.5', 'sk', 2.5],
    ['1 000,5', 'sk', 1000.5],
    ['1\u00a0000', 'sk', 1000],
    ['2,5', 'id', 2.5],
    ['2.5', 'id', 2.5],
    ['1.000', 'id', 1000],
    ['1.234.567,89', 'id', 1234567.89],
    ['۹۰', 'fa', 90],
    ['۲٫۵', 'fa', 2.5],
    ['۲.۵', 'fa', 2.5],
    ['۱٬۰۰۰', 'fa', 1000],
    ['٩٠', 'fa', 90],
    ['٢٫٥', 'fa', 2.5],
    ['\u200e−۵', 'fa', -5],
    ['۹۰', 'en', 90],
    ['2,5', 'xx-invalid-tag', 2.5],
  ])('%j in %s → %d', (text, language, expected) => {
    expect(parseLocaleNumber(text, language)).toBe(expected);
  });

  it.each([
    ['', 'en'],
    ['   ', 'sk'],
    ['ninety', 'en'],
    ['90%', 'en'],
    ['1e3', 'en'],
    ['2,5,', 'sk'],
    ['2.5.1', 'en'],
    ['1,000,5', 'sk'],
    ['1.2,3.4', 'id'],
    ['2 5', 'sk'],
    ['-', 'en'],
    ['۹۰ تماس', 'fa'],
    ['Infinity', 'en'],
  ])('%j in %s is not a number', (text, language) => {
    expect(parseLocaleNumber(text, language)).toBeNull();
  });
});

describe('formatNumberForInput', () => {
  it.each([
    [2.5, 'sk', '2,5'],
    [2.5, 'id', '2,5'],
    [1234.5, 'en', '1234.5'],
    [90, 'fa', '۹۰'],
    [2.5, 'fa', '۲٫۵'],
  ])('%d in %s → %j, which parses back', (value, language, expected) => {
    const text = formatNumberForInput(value, language);
    expect(text).toBe(expected);
    expect(parseLocaleNumber(text, language)).toBe(value);
  });
});
