// One problem of an imported file, in the reader's language: the translated sentence
// comes from the code and params the domain returns (src/domain/validation-issues.ts);
// the path is a technical locator and stays as written, left to right, even in Persian.

import { useTranslation } from 'react-i18next';
import { VALUE_TYPES, type ValidationIssue, type ValueType } from '../domain/validation-issues';
import { useFormat } from './use-format';

/** Stands for the path inside a translated sentence until it is rendered as an element. */
const PATH_MARK = '\u2063path\u2063';

/** The translated text of an issue, without its path. */
function useIssueText(): (issue: ValidationIssue) => string {
  const { t } = useTranslation('data');
  const format = useFormat();
  return (issue) => {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(issue.params ?? {}))
      values[name] = typeof value === 'number' ? format.integer(value) : value;
    if (issue.code === 'wrongType') {
      const expected = issue.params?.expected;
      values.expected = t(`valueTypes.${isValueType(expected) ? expected : 'other'}`);
    }
    const count = issue.params?.length ?? issue.params?.max ?? issue.params?.min;
    return t(`issues.${issue.code}`, {
      ...values,
      ...(typeof count === 'number' ? { count } : {}),
    });
  };
}

function isValueType(value: unknown): value is ValueType {
  return (VALUE_TYPES as readonly unknown[]).includes(value);
}

/** A translated sentence with the path shown where the sentence names it. */
export function IssueLine({
  issue,
  sentence,
}: {
  issue: ValidationIssue;
  /** Builds the sentence from the path placeholder and the issue's translated text. */
  sentence: (path: string, problem: string) => string;
}) {
  const issueText = useIssueText();
  const [before = '', ...after] = sentence(PATH_MARK, issueText(issue)).split(PATH_MARK);
  return (
    <>
      {before}
      <bdi dir="ltr">
        <code>{issue.path}</code>
      </bdi>
      {after.join(issue.path)}
    </>
  );
}
