// The five product languages (SPEC §7). English is the source: every other locale has
// every key (tests/unit/locales.test.ts), so no fallback language is loaded.

export const LANGUAGE_CODES = ['en', 'ms', 'id', 'sk', 'fa'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const NAMESPACES = [
  'common',
  'instrument',
  'advice',
  'plan',
  'history',
  'data',
  'report',
  'workshop',
  'share',
  'storage',
  'policy',
  'complaints',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

const RTL: ReadonlySet<LanguageCode> = new Set(['fa']);

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function directionOf(language: LanguageCode): 'ltr' | 'rtl' {
  return RTL.has(language) ? 'rtl' : 'ltr';
}

/** The first of the browser's preferred languages that we support, by primary subtag. */
export function matchLanguage(preferred: readonly string[]): LanguageCode | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    // Indonesian is also tagged with the legacy code "in".
    const code = primary === 'in' ? 'id' : primary;
    if (isLanguageCode(code)) return code;
  }
  return undefined;
}

/** The calendar dates are shown and picked in: Persian readers use the Solar Hijri calendar. */
export type CalendarName = 'gregory' | 'persian';

export function calendarOf(language: string): CalendarName {
  return language === 'fa' ? 'persian' : 'gregory';
}
