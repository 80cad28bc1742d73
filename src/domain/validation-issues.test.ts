import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../i18n/languages';
import { ISSUE_CODES, formatPath } from './validation-issues';

describe('issue codes', () => {
  // A code without a sentence would reach the screen as a raw key.
  it.each(LANGUAGE_CODES)('every code has a sentence in %s', (language) => {
    const data = JSON.parse(readFileSync(`locales/${language}/data.json`, 'utf8')) as {
      issues: Record<string, string>;
    };
    const keys = Object.keys(data.issues).map((key) =>
      key.replace(/_(zero|one|two|few|many|other)$/, ''),
    );
    expect(ISSUE_CODES.filter((code) => !keys.includes(code))).toEqual([]);
  });
});

describe('formatPath', () => {
  it.each([
    [['assessments', 3, 'answers', 'culture.5'], "assessments[3].answers['culture.5']"],
    [['assessments', 0, 'notes', 'staff'], 'assessments[0].notes.staff'],
    [['app'], 'app'],
    [[], '(file)'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
