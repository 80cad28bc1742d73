// The boot script: a tiny classic script the build places right after <div id="root">
// (vite.config.ts builds it on its own, with no imports, and the Content-Security-Policy
// allows it as a same-origin file). The parser runs it before the first paint. It puts
// the visit's language on <html lang dir> and moves the matching prerendered screen
// (src/app/prerender.tsx) out of its inert <template> into #root: Home on "/", an opened
// share link's heading with the link's names (decoded here by the app's own decoder;
// a damaged link gets the bare layout, and the app then shows its error), a survey
// step's heading and question on that step's address, the bare layout elsewhere. Nothing is visible before it runs, so a Persian browser never sees
// English or left-to-right content first. React replaces the content on its first render.
import { applyToDocument, initialLanguage, rememberLanguage } from '../i18n/language-choice';
import { isLanguageCode } from '../i18n/languages';
import { decodeShareCode, fragmentCode, sharedNames } from '../domain/share-code';
import {
  fillSharedTitle,
  keepSurveyStep,
  prerenderedScreenFor,
  surveyStepFor,
  variantName,
  type PrerenderedScreen,
} from './prerendered-variant';

const language = initialLanguage();
applyToDocument(language);
let screen: PrerenderedScreen = prerenderedScreenFor(window.location.pathname);
let names: string[] = [];
if (screen === 'share') {
  const decoded = decodeShareCode(fragmentCode(window.location.hash));
  if (decoded.ok) names = sharedNames(decoded.result);
  else screen = 'layout';
}
const root = document.getElementById('root');
const templateFor = (shown: PrerenderedScreen) =>
  root?.querySelector<HTMLTemplateElement>(
    `template[data-prerendered="${variantName(language, shown)}"]`,
  );
let content = templateFor(screen)?.content;
if (content && screen === 'share') fillSharedTitle(content, names);
// A step the survey does not have gets the bare layout (and the app's "not found").
if (
  content &&
  screen === 'survey' &&
  !keepSurveyStep(content, surveyStepFor(window.location.pathname))
) {
  content = templateFor('layout')?.content;
}
if (root && content) root.replaceChildren(content);

// A language picked on the prerendered page before the app has started is not lost: it
// is remembered and put on <html lang dir> at once, and start.tsx starts the app in it.
// (Once the app runs, its own control does the same, so this repeats nothing harmful.)
document.addEventListener('change', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLSelectElement) || !target.closest('.language-switcher')) return;
  if (!isLanguageCode(target.value)) return;
  rememberLanguage(target.value);
  applyToDocument(target.value);
});
