import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
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

/**
 * The shell: one compact row (brand, language, menu) so a phone keeps at least 85 % of
 * its screen for the page. On wide screens the navigation sits in that row; on phones it
 * opens from the menu button as a panel over the page, and closes on a choice, on
 * Escape (focus returns to the button) or on a tap elsewhere.
 */
export function Layout() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const header = useRef<HTMLElement>(null);
  const location = useLocation();

  // A new page closes the menu.
  const [shownPath, setShownPath] = useState(location.pathname);
  if (shownPath !== location.pathname) {
    setShownPath(location.pathname);
    setMenuOpen(false);
  }

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!header.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [menuOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header" ref={header} data-testid="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand" end>
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </NavLink>
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-button__icon" aria-hidden="true" />
            <span className="menu-button__text">{t('nav.menu')}</span>
          </button>
          <nav
            aria-label={t('nav.label')}
            id={menuId}
            className={menuOpen ? 'app-nav is-open' : 'app-nav'}
          >
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} onClick={() => setMenuOpen(false)}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher compact />
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
