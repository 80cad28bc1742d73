// Names and steps shared by the build-time prerender (prerender.tsx) and the boot script
// (boot.ts).
import type { LanguageCode } from '../i18n/languages';
import { SHARE_PATH } from '../domain/share-code';

/**
 * What the build prerenders, per language: Home; the layout with an empty main; the
 * layout with an opened share link's heading, in three forms (no names, one, two) whose
 * names are stand-ins; and the layout with the top of every survey step (its heading and
 * question), one step per wrapper.
 */
export const PRERENDERED_SCREENS = ['home', 'layout', 'share', 'survey'] as const;
export type PrerenderedScreen = (typeof PRERENDERED_SCREENS)[number];

/** A survey step's address (routes.tsx: a/:id/survey/:step); the step is kept. */
const SURVEY_STEP_PATH = /^\/a\/[^/]+\/survey\/(\d+)\/?$/;

/**
 * Home's content only on "/", where Home is what React will render; a share link's
 * heading on its path; a survey step's top on a survey step's address.
 */
export function prerenderedScreenFor(pathname: string): PrerenderedScreen {
  if (pathname === '/') return 'home';
  if (pathname.replace(/\/+$/, '') === SHARE_PATH) return 'share';
  if (SURVEY_STEP_PATH.test(pathname)) return 'survey';
  return 'layout';
}

/** The step of a survey step's address as it is written ("3"), or '' elsewhere. */
export function surveyStepFor(pathname: string): string {
  return SURVEY_STEP_PATH.exec(pathname)?.[1] ?? '';
}

/** The data-prerendered name of one variant, e.g. "fa home". */
export function variantName(language: LanguageCode, screen: PrerenderedScreen): string {
  return `${language} ${screen}`;
}

/** Stand-ins for the first and second name in the prerendered share headings. */
export const NAME_STAND_INS = ['\uE000', '\uE001'] as const;

/** The attribute on the wrapper of each prerendered share heading: how many names it has. */
export const SHARE_TITLE_ATTRIBUTE = 'data-share-title';

/** The attribute on the wrapper of each prerendered survey step's top: its step. */
export const SURVEY_STEP_ATTRIBUTE = 'data-survey-step';

/**
 * Of the wrappers marked with `attribute`, keeps the content of the one whose value is
 * `value` (in place of its wrapper) and removes the others; returns the kept content's
 * nodes, or nothing when no wrapper has that value.
 */
function keepMarked(screen: ParentNode, attribute: string, value: string): ChildNode[] | undefined {
  let kept: ChildNode[] | undefined;
  for (const wrapper of [...screen.querySelectorAll(`[${attribute}]`)]) {
    if (kept === undefined && wrapper.getAttribute(attribute) === value) {
      kept = [...wrapper.childNodes];
      wrapper.replaceWith(...kept);
    } else wrapper.remove();
  }
  return kept;
}

/**
 * Keeps, in a prerendered share screen, the heading with as many names as the link
 * carries (up to two), writes the names over their stand-ins (as text, never as markup)
 * and drops the other headings and the wrappers.
 */
export function fillSharedTitle(screen: ParentNode, names: readonly string[]): void {
  for (const node of keepMarked(screen, SHARE_TITLE_ATTRIBUTE, String(names.length)) ?? []) {
    const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text: Node | null = texts.currentNode; text; text = texts.nextNode()) {
      if (!(text instanceof Text)) continue;
      const index = NAME_STAND_INS.indexOf(text.data as (typeof NAME_STAND_INS)[number]);
      if (index >= 0) text.data = names[index] ?? '';
    }
  }
}

/**
 * Keeps, in a prerendered survey screen, the top of the step `step` (as its address
 * writes it) and drops the others; false when there is no such step, so the visit gets
 * the bare layout (and the app's "not found" after).
 */
export function keepSurveyStep(screen: ParentNode, step: string): boolean {
  return keepMarked(screen, SURVEY_STEP_ATTRIBUTE, step) !== undefined;
}
