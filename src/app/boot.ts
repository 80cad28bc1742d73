// The boot script: a tiny classic script the build places right after <div id="root">
// (vite.config.ts builds it on its own, with no imports, and the Content-Security-Policy
// allows it as a same-origin file). The parser runs it before the first paint. It puts
// the visit's language on <html lang dir> and moves the matching prerendered screen
// (src/app/prerender.tsx) out of its inert <template> into #root: Home on "/", the bare
// layout elsewhere. Nothing is visible before it runs, so a Persian browser never sees
// English or left-to-right content first. React replaces the content on its first render.
import { applyToDocument, initialLanguage } from '../i18n/language-choice';
import { prerenderedScreenFor, variantName } from './prerendered-variant';

const language = initialLanguage();
applyToDocument(language);
const root = document.getElementById('root');
const template = root?.querySelector<HTMLTemplateElement>(
  `template[data-prerendered="${variantName(language, prerenderedScreenFor(window.location.pathname))}"]`,
);
if (root && template) root.replaceChildren(template.content);
