// The date of the next audit, as the action plan's form takes it: a real calendar date
// (YYYY-MM-DD), today or later. Clearing the date is a separate action, not an empty
// value. The error codes are translation keys (plan:nextAudit.<code>).
import { z } from 'zod/mini';
import { isRealDate } from './calendar-date';

export type NextAuditError = 'invalid' | 'past';

/** The form's schema for the reader's `today` (ISO dates compare as text). */
export function nextAuditFormSchema(today: string) {
  return z.object({
    date: z.string().check(
      z.refine(isRealDate, { error: 'invalid' satisfies NextAuditError, abort: true }),
      z.refine((date) => date >= today, { error: 'past' satisfies NextAuditError }),
    ),
  });
}

export function isNextAuditError(value: unknown): value is NextAuditError {
  return value === 'invalid' || value === 'past';
}
