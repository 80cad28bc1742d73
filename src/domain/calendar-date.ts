// Calendar dates as the user's wall calendar shows them: ISO text (YYYY-MM-DD) in local
// time, for due dates, next-audit dates and file names. No zod here: Home (the first
// route, with a strict size budget) needs today's date too.

/** A date's local calendar day as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of an ISO calendar date, for formatting. */
export function dateFromIso(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** The ISO date `months` calendar months after `iso` (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const start = dateFromIso(iso);
  const target = new Date(start.getFullYear(), start.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(start.getDate(), lastDay));
  return isoDate(target);
}

/** The ISO date `days` calendar days after `iso` (local calendar, so never off by a day at DST). */
export function addDays(iso: string, days: number): string {
  const date = dateFromIso(iso);
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (no 2025-02-30). */
export function isRealDate(value: string): boolean {
  return ISO_DATE_PATTERN.test(value) && isoDate(dateFromIso(value)) === value;
}
