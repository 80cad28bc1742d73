// Names and steps shared by the build-time prerender (prerender.tsx) and the boot script
// (boot.ts).
import type { LanguageCode } from '../i18n/languages';
import { SHARE_PATH } from '../domain/share-code';

/**
 * What the build prerenders, per language: Home; the layout with an empty main; and the
 * layout with an opened share link's heading, in three forms (no names, one, two) whose
 * names are stand-ins.
 */
export const PRERENDERED_SCREENS = ['home', 'layout', 'share'] as const;
export type PrerenderedScreen = (typeof PRERENDERED_SCREENS)[number];

/** Home's content only on "/", where Home is what React will render; a share link's heading on its path. */
export function prerenderedScreenFor(pathname: string): PrerenderedScreen {
  if (pathname === '/') return 'home';
  if (pathname.replace(/\/+$/, '') === SHARE_PATH) return 'share';
  return 'layout';
}

/** The data-prerendered name of one variant, e.g. "fa home". */
export function variantName(language: LanguageCode, screen: PrerenderedScreen): string {
  return `${language} ${screen}`;
}

/** Stand-ins for the first and second name in the prerendered share headings. */
export const NAME_STAND_INS = ['\uE000', '\uE001'] as const;

/** The attribute on the wrapper of each prerendered share heading: how many names it has. */
export const SHARE_TITLE_ATTRIBUTE = 'data-share-title';

/**
 * Keeps, in a prerendered share screen, the heading with as many names as the link
 * carries (up to two), writes the names over their stand-ins (as text, never as markup)
 * and drops the other headings and the wrappers.
 */
export function fillSharedTitle(screen: ParentNode, names: readonly string[]): void {
  for (const wrapper of [...screen.querySelectorAll(`[${SHARE_TITLE_ATTRIBUTE}]`)]) {
    if (wrapper.getAttribute(SHARE_TITLE_ATTRIBUTE) !== String(names.length)) {
      wrapper.remove();
      continue;
    }
    const texts = wrapper.ownerDocument.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node as Text;
      const index = NAME_STAND_INS.indexOf(text.data as (typeof NAME_STAND_INS)[number]);
      if (index >= 0) text.data = names[index] ?? '';
    }
    wrapper.replaceWith(...wrapper.childNodes);
  }
}
