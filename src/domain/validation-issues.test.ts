import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { LANGUAGE_CODES } from '../i18n/languages';
import { timestampSchema } from './fields';
import {
  ISSUE_CODES,
  formatPath,
  issueText,
  issuesFromZodError,
  type ValidationIssue,
} from './validation-issues';

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
    [[0, 'id'], '[0].id'],
    [['_private$', 'x1'], '_private$.x1'],
    [['1st'], "['1st']"],
    [['two words', 'b'], "['two words'].b"],
    [['say "hi"'], `['say \\"hi\\"']`],
    [['a-b'], "['a-b']"],
    [[Symbol('s')], "['Symbol(s)']"],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('issueText', () => {
  it('is the path, a colon and the English message', () => {
    expect(issueText({ path: 'a[1]', code: 'missing', message: 'missing' })).toBe('a[1]: missing');
  });
});

/** What a failed parse of `input` reports, each issue mapped (the parse must fail). */
function issuesOf(schema: z.ZodMiniType, input: unknown): ValidationIssue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`${JSON.stringify(input)} was accepted`);
  return issuesFromZodError(result.error, input);
}

/** The same, without the English message (checked separately where it matters). */
function codesOf(schema: z.ZodMiniType, input: unknown) {
  return issuesOf(schema, input).map(({ path, code, params }) => ({ path, code, params }));
}

// One statement's answer, checked as the import checks it: a whole number from 1 to 5.
const answer = z.number().check(
  z.refine((value) => Number.isInteger(value), { error: 'not a whole number' }),
  z.gte(1),
  z.lte(5),
);
const withAnswers = z.object({ answers: z.object({ 'culture.1': answer }) });

describe('issuesFromZodError: an answer', () => {
  it.each([
    ['text', 'x', 'notANumber', '"x"'],
    ['a fraction', 2.5, 'notWholeNumber', '2.5'],
    ['above the scale', 7, 'outOfRange', '7'],
    ['below the scale', 0, 'outOfRange', '0'],
  ])('%s is %s', (_, value, code, shown) => {
    expect(codesOf(withAnswers, { answers: { 'culture.1': value } })).toEqual([
      { path: "answers['culture.1']", code, params: { value: shown } },
    ]);
  });

  it('a missing answer is missing, not a wrong number', () => {
    expect(codesOf(withAnswers, { answers: {} })).toEqual([
      { path: "answers['culture.1']", code: 'missing', params: undefined },
    ]);
  });

  it('a field called answers elsewhere follows the general rules', () => {
    const other = z.object({ items: z.object({ count: z.number().check(z.lte(5)) }) });
    expect(codesOf(other, { items: { count: 7 } })).toEqual([
      { path: 'items.count', code: 'tooBig', params: { max: 5, value: '7' } },
    ]);
  });
});

describe('issuesFromZodError: unknown keys', () => {
  const schema = z.strictObject({
    answers: z.strictObject({ 'culture.1': z.optional(z.number()) }),
    notes: z.strictObject({}),
  });
  it('names each unknown statement, section and field by its own path', () => {
    const found = issuesOf(schema, {
      answers: { 'culture.1': 3, 'bogus.1': 2 },
      notes: { mood: 'fine' },
      extra: 1,
      more: 2,
    });
    expect(
      found
        .map(({ path, code, message }) => ({ path, code, message }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    ).toEqual([
      { path: "answers['bogus.1']", code: 'unknownStatement', message: 'unknown statement' },
      { path: 'extra', code: 'unknownField', message: 'unknown field' },
      { path: 'more', code: 'unknownField', message: 'unknown field' },
      { path: 'notes.mood', code: 'unknownSection', message: 'unknown section' },
    ]);
  });
});

describe('issuesFromZodError: a wrong value', () => {
  it('another app is "not a Centricity backup"; the same literal deeper is not allowed', () => {
    const schema = z.object({ app: z.literal('centricity'), kind: z.literal('centricity') });
    expect(issuesOf(schema, { app: 'other', kind: 'centricity' })).toEqual([
      { path: 'app', code: 'notBackup', message: 'not a Centricity backup' },
    ]);
    expect(issuesOf(schema, { app: 'centricity', kind: 'other' })).toEqual([
      {
        path: 'kind',
        code: 'notAllowed',
        params: { value: '"other"', allowed: '"centricity"' },
        message: '"other" is not one of "centricity"',
      },
    ]);
    const nested = z.object({ file: z.object({ app: z.literal('centricity') }) });
    expect(codesOf(nested, { file: { app: 'x' } })[0]!.code).toBe('notAllowed');
  });

  it('only a wrong value of the file’s own "app" field means another app', () => {
    expect(codesOf(z.object({ app: z.string() }), { app: 5 })).toEqual([
      { path: 'app', code: 'wrongType', params: { expected: 'text' } },
    ]);
    const inside = z.object({ app: z.object({ kind: z.literal('a') }) });
    expect(codesOf(inside, { app: { kind: 'b' } })).toEqual([
      { path: 'app.kind', code: 'notAllowed', params: { value: '"b"', allowed: '"a"' } },
    ]);
  });

  it('a choice left out says nothing was given', () => {
    expect(issuesOf(z.object({ k: z.enum(['a', 'b']) }), {})).toEqual([
      {
        path: 'k',
        code: 'notAllowed',
        params: { value: 'nothing', allowed: '"a", "b"' },
        message: 'nothing is not one of "a", "b"',
      },
    ]);
  });

  it('lists every allowed value', () => {
    expect(issuesOf(z.enum(['a', 'b']), 'c')).toEqual([
      {
        path: '(file)',
        code: 'notAllowed',
        params: { value: '"c"', allowed: '"a", "b"' },
        message: '"c" is not one of "a", "b"',
      },
    ]);
  });
});

describe('issuesFromZodError: types', () => {
  it.each([
    ['text', z.string(), 5, 'text', 'expected string, found 5'],
    ['a number', z.number(), 'five', 'number', 'expected number, found "five"'],
    ['a big number', z.bigint(), 'five', 'number', 'expected bigint, found "five"'],
    ['a list', z.array(z.number()), {}, 'list', 'expected array, found {}'],
    ['a record', z.object({}), [], 'record', 'expected object, found []'],
    ['a keyed record', z.record(z.string(), z.number()), 1, 'record', 'expected record, found 1'],
    ['yes or no', z.boolean(), 'yes', 'yesNo', 'expected boolean, found "yes"'],
    ['nothing', z.null(), 0, 'other', 'expected null, found 0'],
  ])('where %s is expected', (_, schema, input, expected, message) => {
    expect(issuesOf(z.object({ field: schema }), { field: input })).toEqual([
      { path: 'field', code: 'wrongType', params: { expected }, message },
    ]);
  });

  it('shows a value JSON cannot write as the program would', () => {
    const [bigint] = issuesOf(z.object({ field: z.string() }), { field: 10n });
    expect(bigint!.message).toBe('expected string, found 10');
    const [symbol] = issuesOf(z.object({ field: z.string() }), { field: Symbol('s') });
    expect(symbol!.message).toBe('expected string, found Symbol(s)');
  });

  it('a field that is not there is missing', () => {
    expect(issuesOf(z.object({ field: z.string() }), {})).toEqual([
      { path: 'field', code: 'missing', message: 'missing' },
    ]);
    expect(codesOf(z.object({ a: z.object({ b: z.string() }) }), { a: 'flat' })).toEqual([
      { path: 'a', code: 'wrongType', params: { expected: 'record' } },
    ]);
  });

  it('a value inherited, not written in the file, counts as not there', () => {
    const input = Object.create({ field: 'inherited' }) as object;
    expect(codesOf(z.object({ field: z.number() }), input)).toEqual([
      { path: 'field', code: 'missing', params: undefined },
    ]);
  });
});

describe('issuesFromZodError: sizes', () => {
  it.each([
    ['empty text', z.string().check(z.minLength(1)), '', 'empty', undefined, 'must not be empty'],
    [
      'short text',
      z.string().check(z.minLength(3)),
      'ab',
      'tooShort',
      { min: 3 },
      'shorter than 3 characters',
    ],
    [
      'a short list',
      z.array(z.number()).check(z.minLength(2)),
      [1],
      'tooFew',
      { min: 2 },
      'fewer than 2 items',
    ],
    [
      'a small number',
      z.number().check(z.gte(1)),
      0,
      'tooSmall',
      { min: 1, value: '0' },
      '0 is less than 1',
    ],
    [
      'long text',
      z.string().check(z.maxLength(2)),
      'abc',
      'tooLong',
      { max: 2 },
      'longer than 2 characters',
    ],
    [
      'a long list',
      z.array(z.number()).check(z.maxLength(1)),
      [1, 2],
      'tooMany',
      { max: 1 },
      'more than 1 items',
    ],
    [
      'a big number',
      z.number().check(z.lte(5)),
      6,
      'tooBig',
      { max: 5, value: '6' },
      '6 is more than 5',
    ],
  ])('%s', (_, schema, input, code, params, message) => {
    expect(issuesOf(z.object({ field: schema }), { field: input })).toEqual([
      { path: 'field', code, ...(params ? { params } : {}), message },
    ]);
  });
});

describe('issuesFromZodError: formats and dates', () => {
  it('a calendar date in the wrong form is not a date', () => {
    expect(issuesOf(z.object({ due: z.iso.date() }), { due: '31/12/2026' })).toEqual([
      {
        path: 'due',
        code: 'notADate',
        params: { value: '"31/12/2026"' },
        message: '"31/12/2026" is not a date (YYYY-MM-DD)',
      },
    ]);
  });

  it('a date the domain itself refuses is not a date either', () => {
    const schema = z.object({
      due: z.string().check(z.refine(() => false, { params: { issue: 'notADate' } })),
    });
    expect(issuesOf(schema, { due: '2026-02-30' })).toEqual([
      {
        path: 'due',
        code: 'notADate',
        params: { value: '"2026-02-30"' },
        message: '"2026-02-30" is not a date (YYYY-MM-DD)',
      },
    ]);
  });

  it('any other format is the wrong format', () => {
    const schema = z.object({ id: z.string().check(z.regex(/^[a-z]+$/)) });
    expect(issuesOf(schema, { id: 'A1' })).toEqual([
      {
        path: 'id',
        code: 'wrongFormat',
        params: { value: '"A1"' },
        message: '"A1" has the wrong format',
      },
    ]);
  });

  describe('a time outside 2000 … a day from now', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      vi.setSystemTime(Date.UTC(2026, 11, 2, 12));
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    it('names the value and both days', () => {
      expect(issuesOf(z.object({ at: timestampSchema }), { at: -5 })).toEqual([
        {
          path: 'at',
          code: 'timestampOutOfRange',
          params: { value: '-5', earliest: '2000-01-01', latest: '2026-12-03' },
          message: '-5 is not a time between 2000-01-01 and 2026-12-03',
        },
      ]);
    });
  });
});

describe('issuesFromZodError: rules of the file', () => {
  it('a rule on the answers as a whole says all 25 must be answered', () => {
    const schema = z.object({
      answers: z.record(z.string(), z.number()).check(z.refine(() => false, { error: 'some' })),
    });
    expect(issuesOf(schema, { answers: {} })).toEqual([
      {
        path: 'answers',
        code: 'notAllAnswered',
        params: { total: 25 },
        message: 'all 25 statements must be answered',
      },
    ]);
  });

  it('any other rule keeps its own message', () => {
    const schema = z.object({
      plan: z.string().check(z.refine(() => false, { error: 'the plan is for another audit' })),
    });
    expect(issuesOf(schema, { plan: 'p' })).toEqual([
      { path: 'plan', code: 'invalid', message: 'the plan is for another audit' },
    ]);
  });

  it('a value that fits none of several forms is invalid', () => {
    const [issue] = issuesOf(z.object({ v: z.union([z.string(), z.number()]) }), { v: true });
    expect(issue).toMatchObject({ path: 'v', code: 'invalid' });
  });

  it('every issue of a parse is reported, in order', () => {
    const schema = z.object({ a: z.string(), b: z.number() });
    expect(issuesOf(schema, {}).map(issueText)).toEqual(['a: missing', 'b: missing']);
  });
});
