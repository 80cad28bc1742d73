import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitcher } from '../ui/language-switcher';
import { StorageBanner } from './storage-banner';

// The service worker is registered (after the page's load event) by the update prompt,
// which shows nothing until a new version waits: it loads after the first render.
const UpdatePrompt = lazy(() =>
  import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })),
);

// The production build forbids eval (CSP script-src 'self'). Zod would otherwise probe
// for it with `new Function` when the first object schema is built, which the browser
// reports as a policy violation. This is z.config({ jitless: true }) done through the
// global object zod keeps its configuration in (zod/v4/core/core.js), so that zod stays
// out of the first route; it runs before any lazily loaded screen defines a schema.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/history', key: 'nav.history', end: false },
  { to: '/complaints', key: 'nav.complaints', end: false },
  { to: '/workshops', key: 'nav.workshops', end: false },
  { to: '/policy', key: 'nav.policy', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
  { to: '/about', key: 'nav.about', end: false },
] as const;

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand" end>
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageBanner />
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
