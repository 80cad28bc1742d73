import { describe, expect, it } from 'vitest';
import { isNextAuditError, nextAuditFormSchema } from './next-audit';

const TODAY = '2026-03-15';

function errorOf(date: string) {
  const parsed = nextAuditFormSchema(TODAY).safeParse({ date });
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message);
}

describe('the next-audit date', () => {
  it.each([
    ['today', TODAY, null],
    ['tomorrow', '2026-03-16', null],
    ['a leap day ahead', '2028-02-29', null],
    ['yesterday', '2026-03-14', ['past']],
    ['last year', '2025-12-31', ['past']],
    ['no date', '', ['invalid']],
    ['a date picked only in part', 'incomplete', ['invalid']],
    ['a day the month does not have', '2026-02-30', ['invalid']],
    ['no leap day that year', '2027-02-29', ['invalid']],
    ['another spelling', '15.03.2027', ['invalid']],
  ])('%s (%s) → %j', (_, date, expected) => {
    expect(errorOf(date)).toEqual(expected);
  });

  it('knows its own error codes and nothing else', () => {
    expect(['invalid', 'past'].every(isNextAuditError)).toBe(true);
    expect([undefined, '', 'dueDatePast', 'Required'].some(isNextAuditError)).toBe(false);
  });
});
