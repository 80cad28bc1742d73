// What is wrong with an imported file, one field at a time, as codes the screen
// translates (SPEC §7: errors are translated too). The path stays a technical locator
// (`assessments[3].answers['culture.5']`); `message` is the English text, for tests and
// logs. zod's own messages never reach the screen: each zod issue is mapped to a code.

import type { z } from 'zod/mini';
import { TIMESTAMP_ISSUE } from './fields';
import { ITEM_IDS } from './instrument';
import { EARLIEST_TIMESTAMP, latestTimestamp } from './timestamps';

/**
 * Every code an import problem can carry; each has a sentence in locales/<lng>/data.json.
 * @internal Exported for its unit test only (knip --production checks the rest).
 */
export const ISSUE_CODES = [
  'unknownStatement',
  'unknownSection',
  'unknownField',
  'notBackup',
  'notANumber',
  'notWholeNumber',
  'outOfRange',
  'missing',
  'wrongType',
  'empty',
  'tooShort',
  'tooLong',
  'tooFew',
  'tooMany',
  'tooSmall',
  'tooBig',
  'notADate',
  'wrongFormat',
  'notAllowed',
  'notAllAnswered',
  'duplicate',
  'noAssessment',
  'noWorkshop',
  'noPolicy',
  'completedUnanswered',
  'updatedBeforeCreated',
  'textTooLong',
  'nestedTooDeeply',
  'forbiddenKey',
  'timestampOutOfRange',
  'workshopFull',
  'invalid',
] as const;
type IssueCode = (typeof ISSUE_CODES)[number];

/** Kinds of value a field may expect; each is translated on screen. */
export const VALUE_TYPES = ['text', 'number', 'list', 'record', 'yesNo', 'other'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export type ValidationIssue = {
  /** Where in the file, e.g. `assessments[3].answers['culture.5']`; never translated. */
  path: string;
  code: IssueCode;
  params?: Record<string, string | number>;
  /** English text without the path, for tests and logs. */
  message: string;
};

type PathSegment = PropertyKey;

/** `assessments[3].answers['culture.5']`: how a person would point at a field. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment)).replace(/^"|"$/g, "'")}]`;
  }
  return text || '(file)';
}

/** `path: message`, the English line used in tests and logs. */
export function issueText(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** A value as it appears in the file: strings quoted, everything else as written. */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function valueType(expected: string): ValueType {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
    case 'bigint':
      return 'number';
    case 'array':
      return 'list';
    case 'object':
    case 'record':
      return 'record';
    case 'boolean':
      return 'yesNo';
    default:
      return 'other';
  }
}

/** Maps one zod issue to translatable issues; `input` is the value that was parsed. */
function issuesFromZod(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
  const at = formatPath(issue.path);
  const last = issue.path[issue.path.length - 1];
  const parent = issue.path[issue.path.length - 2];
  const value = valueAt(input, issue.path);

  if (issue.code === 'unrecognized_keys') {
    const code: IssueCode =
      last === 'answers'
        ? 'unknownStatement'
        : last === 'notes'
          ? 'unknownSection'
          : 'unknownField';
    const message =
      code === 'unknownStatement'
        ? 'unknown statement'
        : code === 'unknownSection'
          ? 'unknown section'
          : 'unknown field';
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), code, message }));
  }
  if (issue.code === 'invalid_value' && issue.path.length === 1 && issue.path[0] === 'app')
    return [{ path: at, code: 'notBackup', message: 'not a Centricity backup' }];

  // One answer (`answers['culture.1']`): the instrument's own scale rules.
  if (parent === 'answers' && value !== undefined) {
    const params = { value: shownValue(value) };
    if (issue.code === 'invalid_type')
      return [{ path: at, code: 'notANumber', params, message: issue.message }];
    if (issue.code === 'custom')
      return [{ path: at, code: 'notWholeNumber', params, message: issue.message }];
    if (issue.code === 'too_small' || issue.code === 'too_big')
      return [{ path: at, code: 'outOfRange', params, message: issue.message }];
  }

  if (issue.code === 'custom' && issue.params?.issue === TIMESTAMP_ISSUE) {
    const day = (timestamp: number) => new Date(timestamp).toISOString().slice(0, 10);
    const params = {
      value: shownValue(value),
      earliest: day(EARLIEST_TIMESTAMP),
      latest: day(latestTimestamp()),
    };
    return [
      {
        path: at,
        code: 'timestampOutOfRange',
        params,
        message: `${params.value} is not a time between ${params.earliest} and ${params.latest}`,
      },
    ];
  }

  if (issue.code === 'custom' && issue.params?.issue === 'notADate')
    return [
      {
        path: at,
        code: 'notADate',
        params: { value: shownValue(value) },
        message: `${shownValue(value)} is not a date (YYYY-MM-DD)`,
      },
    ];

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [{ path: at, code: 'missing', message: 'missing' }];
      const expected = valueType(issue.expected);
      return [
        {
          path: at,
          code: 'wrongType',
          params: { expected },
          message: `expected ${issue.expected}, found ${shownValue(value)}`,
        },
      ];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1
          ? [{ path: at, code: 'empty', message: 'must not be empty' }]
          : [
              {
                path: at,
                code: 'tooShort',
                params: { min },
                message: `shorter than ${min} characters`,
              },
            ];
      if (issue.origin === 'array')
        return [{ path: at, code: 'tooFew', params: { min }, message: `fewer than ${min} items` }];
      return [
        {
          path: at,
          code: 'tooSmall',
          params: { min, value: shownValue(value) },
          message: `${shownValue(value)} is less than ${min}`,
        },
      ];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return [
          { path: at, code: 'tooLong', params: { max }, message: `longer than ${max} characters` },
        ];
      if (issue.origin === 'array')
        return [{ path: at, code: 'tooMany', params: { max }, message: `more than ${max} items` }];
      return [
        {
          path: at,
          code: 'tooBig',
          params: { max, value: shownValue(value) },
          message: `${shownValue(value)} is more than ${max}`,
        },
      ];
    }
    case 'invalid_format':
      return issue.format === 'date'
        ? [
            {
              path: at,
              code: 'notADate',
              params: { value: shownValue(value) },
              message: `${shownValue(value)} is not a date (YYYY-MM-DD)`,
            },
          ]
        : [
            {
              path: at,
              code: 'wrongFormat',
              params: { value: shownValue(value) },
              message: `${shownValue(value)} has the wrong format`,
            },
          ];
    case 'invalid_value': {
      const allowed = issue.values.map((v) => shownValue(v)).join(', ');
      return [
        {
          path: at,
          code: 'notAllowed',
          params: { value: shownValue(value), allowed },
          message: `${shownValue(value)} is not one of ${allowed}`,
        },
      ];
    }
    case 'custom':
      if (last === 'answers')
        return [
          {
            path: at,
            code: 'notAllAnswered',
            params: { total: ITEM_IDS.length },
            message: 'all 25 statements must be answered',
          },
        ];
      return [{ path: at, code: 'invalid', message: issue.message }];
    default:
      return [{ path: at, code: 'invalid', message: issue.message }];
  }
}

/** Every zod issue of a failed parse, mapped. */
export function issuesFromZodError(error: z.core.$ZodError, input: unknown): ValidationIssue[] {
  return error.issues.flatMap((issue) => issuesFromZod(issue, input));
}
