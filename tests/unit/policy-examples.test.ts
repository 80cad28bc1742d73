// The example standards the policy screen offers are shown in every language; each must
// pass the checker it is an example for (measurable, specific, time-bound) in that
// language, with the evidence an owner would add.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARD_EXAMPLES } from '../../src/domain/policy';
import { checkStandard } from '../../src/domain/service-standard';

const LANGUAGES = ['en', 'ms', 'id', 'sk', 'fa'] as const;

function examples(language: string): Record<string, string> {
  const file = join(import.meta.dirname, '../../locales', language, 'policy.json');
  return JSON.parse(readFileSync(file, 'utf8')).standards.examples;
}

describe.each(LANGUAGES)('example standards in %s', (language) => {
  const texts = examples(language);
  it.each(STANDARD_EXAMPLES.map((example) => example.id))('%s passes every check', (id) => {
    const text = texts[id];
    expect(text, `locales/${language}/policy.json standards.examples.${id}`).toBeTypeOf('string');
    const check = checkStandard(
      { text: text!, evidence: 'customers said so three times' },
      language,
    );
    expect({
      measurable: check.measurable.problem,
      specific: check.specific.problem,
      timeBound: check.timeBound.via !== null,
    }).toEqual({ measurable: null, specific: null, timeBound: true });
  });
});
