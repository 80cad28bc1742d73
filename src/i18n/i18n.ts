// i18next set-up: English is the source; each language's namespaces are separate JSON
// files under locales/<lng>/ loaded on demand — a screen loads only the namespaces it
// uses (src/app/routes.tsx), and only in the chosen language: there is no fallback
// language to load as well, because every locale has every key (tests/unit/locales.test.ts).
// The chosen language is remembered in localStorage, and <html lang dir> follows it.

import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatScore } from './format';
import { applyToDocument, initialLanguage, rememberLanguage } from './language-choice';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_CODES,
  NAMESPACES,
  isLanguageCode,
  type LanguageCode,
  type Namespace,
} from './languages';

type LocaleModule = { default: Record<string, unknown> };
const localeFiles = import.meta.glob<LocaleModule>('../../locales/*/*.json');

function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = localeFiles[`../../locales/${language}/${namespace}.json`];
  if (!load) return Promise.reject(new Error(`No locale file ${language}/${namespace}`));
  return load().then((module) => module.default);
}

/**
 * Every number interpolated into a translation ({{count}}, {{max}}…) goes through the
 * shared formatter, so plural sentences get Persian digits in fa and a decimal comma in
 * sk even when a component passes a raw number. Strings (already formatted) pass as is.
 */
const numberFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format?: string, language?: string): string {
    if (typeof value === 'number' && language) return formatScore(value, language);
    // Anything else is handed back untouched; i18next turns it into text itself.
    return value as string;
  },
};

let markInitialised: () => void = () => {};
const initialised = new Promise<void>((resolve) => {
  markInitialised = resolve;
});
let markFirstLoad: () => void = () => {};
const firstLoad = new Promise<void>((resolve) => {
  markFirstLoad = resolve;
});

/**
 * Starts i18next in `language` with `namespaces` loaded (all of them unless told
 * otherwise); more namespaces come with loadNamespaces.
 */
export async function initI18n(
  language: LanguageCode = initialLanguage(),
  namespaces: readonly Namespace[] = NAMESPACES,
): Promise<typeof i18next> {
  const ready = i18next
    .use({
      type: 'backend',
      init() {},
      read(
        lng: string,
        ns: string,
        callback: (error: unknown, data?: Record<string, unknown>) => void,
      ) {
        loadNamespace(lng, ns).then(
          (data) => callback(null, data),
          (error: unknown) => callback(error),
        );
      },
    })
    .use(numberFormatter)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...LANGUAGE_CODES],
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
      react: { useSuspense: false },
    });
  // The modules are in place now (init sets them up before it loads anything), so
  // loadNamespaces calls from here on join the first load.
  markInitialised();
  await ready.finally(markFirstLoad);
  applyToDocument(language);
  return i18next;
}

/**
 * Loads namespaces of the current language (a screen's, before it renders). Called while
 * the first load is still under way, they are fetched together with it.
 */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  await initialised;
  // Before the first load has started this only adds them to it…
  void i18next.loadNamespaces([...namespaces]);
  await firstLoad;
  // …after it, this loads whatever is still missing (nothing when they joined).
  await i18next.loadNamespaces([...namespaces]);
}

/** Switches language at once, remembers it and updates <html lang dir>. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  await i18next.changeLanguage(language);
  applyToDocument(language);
  rememberLanguage(language);
}

/** The chosen language (even while some of its files are still loading or missing). */
export function currentLanguage(): LanguageCode {
  const chosen = i18next.language;
  if (isLanguageCode(chosen)) return chosen;
  const resolved = i18next.resolvedLanguage;
  return isLanguageCode(resolved) ? resolved : DEFAULT_LANGUAGE;
}
