// The one place numbers and dates are formatted: Intl for the active language, so
// Slovak gets a decimal comma and Persian gets Persian digits everywhere (text, tables,
// chart ticks).

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${language}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits, minimumFractionDigits: 0 });
    numberFormats.set(key, format);
  }
  return format;
}

/** A score or average: at most two decimals, e.g. 27.75 → "27,75" in Slovak. */
export function formatScore(value: number, language: string): string {
  return numberFormat(language, 2).format(value);
}

/** A change between two scores with its sign: "+6.48", "−1.5", "0" ("‎+۶٫۴۸" in Persian). */
export function formatChange(value: number, language: string): string {
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A whole number such as a count, in the language's digits. */
export function formatInteger(value: number, language: string): string {
  return numberFormat(language, 0).format(value);
}

/** Shown in place of a date that cannot be shown (a record from a broken file or version). */
const NO_DATE = '—';

function showable(timestamp: number | Date): boolean {
  return (
    Number.isFinite(typeof timestamp === 'number' ? timestamp : timestamp.getTime()) &&
    Number.isFinite(new Date(timestamp).getTime())
  );
}

/** A date in the language's style; "—" for a time no Date can hold. Never throws. */
export function formatDate(timestamp: number | Date, language: string): string {
  if (!showable(timestamp)) return NO_DATE;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(timestamp);
}

/** A date with the time of day, to tell apart two audits finished on the same day. */
export function formatDateTime(timestamp: number | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    timestamp,
  );
}

/** Items joined the language's way: "A, B and C", "A، B و C". */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A storage size in the largest fitting unit, e.g. 1 234 567 → "1.2 MB" (Intl units). */
export function formatBytes(bytes: number, language: string): string {
  let unit = 0;
  let value = Math.max(0, bytes);
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** A share from 0 to 1 as a whole percentage in the language's style ("85 %", "٪۸۵"). */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

// Periods of the complaint figures are calendar months of the Gregorian calendar (the
// dates the log stores); in Persian they are named in that calendar too, so a label never
// names a Solar Hijri month that covers other days.
function gregorian(language: string): string {
  return `${language}-u-ca-gregory`;
}

/**
 * A month and year, e.g. "Mar 2026", "mar 2026", "مارس ۲۰۲۶". Built from the month's
 * short name and the year (month first in all five languages), because Slovak's own
 * short pattern is numeric ("3/2026").
 */
export function formatMonth(date: Date, language: string): string {
  const month = new Intl.DateTimeFormat(gregorian(language), { month: 'short' }).format(date);
  return `${month} ${formatYear(date, language)}`;
}

/** A year on its own, without grouping ("2026", "۲۰۲۶"). */
export function formatYear(date: Date, language: string): string {
  return new Intl.DateTimeFormat(gregorian(language), { year: 'numeric' }).format(date);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a language in the reader's language ("انگلیسی" for English in Persian,
 * "angličtina" in Slovak), from the browser's own data; falls back to the code.
 */
export function formatLanguageName(code: string, language: string): string {
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    languageNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
