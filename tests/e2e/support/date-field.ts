// Picks a date in the app's DateField (day, month and year lists in the reader's
// calendar): the ISO date is converted to that calendar here, as a person would read it.
import { GregorianCalendar, PersianCalendar, parseDate, toCalendar } from '@internationalized/date';
import type { Locator } from '@playwright/test';

export async function pickDate(field: Locator, iso: string): Promise<void> {
  const calendar =
    (await field.getAttribute('data-calendar')) === 'persian'
      ? new PersianCalendar()
      : new GregorianCalendar();
  const date = toCalendar(parseDate(iso), calendar);
  for (const [segment, value] of [
    ['year', date.year],
    ['month', date.month],
    ['day', date.day],
  ] as const) {
    await field.locator(`select[data-segment="${segment}"]`).selectOption(String(value));
  }
}

/** An ISO date `days` from today. */
export function isoInDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
