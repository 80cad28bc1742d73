// Starts the app (src/main.tsx imports it once the first paint is done). Before React
// renders, the first screen's code and the translation namespaces it needs arrive
// together (no others); until then the page shows what the build prerendered into
// index.html (prerender.tsx), which React then replaces in one commit. The render runs
// as a transition so it yields to the browser instead of blocking the main thread in one
// long task.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { changeLanguage, currentLanguage, initI18n } from '../i18n/i18n';
import { initialLanguage } from '../i18n/language-choice';
import { App, createAppRouter, whenRouterReady } from './app';
import { firstRenderNamespaces } from './routes';

const i18nReady = initI18n(initialLanguage(), firstRenderNamespaces(window.location.pathname));
const router = createAppRouter();
await Promise.all([i18nReady, whenRouterReady(router)]);
// The visitor may have picked a language on the prerendered page while the code loaded.
const chosen = initialLanguage();
if (chosen !== currentLanguage()) await changeLanguage(chosen);

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
});
