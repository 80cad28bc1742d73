// Offers a new version of the app; never applies it by itself (SPEC §8). The service
// worker (vite.config.ts, registerType 'prompt') installs a new version in the
// background and waits. Only a click here activates it and reloads this tab. If the user
// accepts in another tab, this tab is told, not reloaded, so nobody loses their place in
// a survey; and a reload happens only after the user asked, so it cannot loop.
//
// The reload listens to the browser's own `controllerchange` (issue 12): workbox-window
// reports a new worker taking control as an update only when the page already had a
// controller when it registered, so during the very first visit's session its callback
// never came and "Reload to update" activated the new version without reloading. A
// change of controller counts as an update when the page already had one; the first
// worker claiming a fresh page is not.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

export function UpdatePrompt() {
  const { t } = useTranslation(['storage']);
  const accepted = useRef(false);
  const reloading = useRef(false);
  const [activeElsewhere, setActiveElsewhere] = useState(false);
  // "Later" holds for the rest of this page's life: a repeated "a version is waiting"
  // signal for the same update does not bring the prompt back.
  const [postponed, setPostponed] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // Registers once the page has loaded, so a first visit's own requests go first and
    // the precache (the whole app, for offline use) downloads afterwards.
    immediate: false,
  });

  useEffect(() => {
    const container = navigator.serviceWorker;
    if (!container) return;
    let controller = container.controller;
    const onControllerChange = () => {
      const replaced = controller !== null;
      controller = container.controller;
      if (!replaced) return; // the first worker took control of this page: not an update
      if (accepted.current) {
        if (reloading.current) return;
        reloading.current = true;
        window.location.reload();
      } else {
        setActiveElsewhere(true);
      }
    };
    container.addEventListener('controllerchange', onControllerChange);
    return () => container.removeEventListener('controllerchange', onControllerChange);
  }, []);

  if ((!needRefresh || postponed) && !activeElsewhere) return null;

  const reload = () => {
    if (activeElsewhere) {
      window.location.reload();
      return;
    }
    accepted.current = true;
    void updateServiceWorker(true);
  };

  return (
    <div className="notice update-prompt" role="status" data-testid="update-prompt">
      <p>
        {activeElsewhere ? (
          t('update.activeElsewhere')
        ) : (
          <>
            <strong>{t('update.available')}</strong> {t('update.availableHint')}
          </>
        )}
      </p>
      <div className="actions">
        <button type="button" className="button button--primary button--small" onClick={reload}>
          {t('update.reload')}
        </button>
        {!activeElsewhere && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setPostponed(true);
              setNeedRefresh(false);
            }}
          >
            {t('update.later')}
          </button>
        )}
      </div>
    </div>
  );
}
