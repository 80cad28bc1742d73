// Names shared by the build-time prerender (prerender.tsx) and the boot script (boot.ts).
import type { LanguageCode } from '../i18n/languages';

/** What the build prerenders, per language: Home, and the layout with an empty main. */
export const PRERENDERED_SCREENS = ['home', 'layout'] as const;
export type PrerenderedScreen = (typeof PRERENDERED_SCREENS)[number];

/** Home's content only on "/", where Home is what React will render. */
export function prerenderedScreenFor(pathname: string): PrerenderedScreen {
  return pathname === '/' ? 'home' : 'layout';
}

/** The data-prerendered name of one variant, e.g. "fa home". */
export function variantName(language: LanguageCode, screen: PrerenderedScreen): string {
  return `${language} ${screen}`;
}
