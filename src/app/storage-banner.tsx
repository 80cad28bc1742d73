// Says plainly when stored data is at risk (SPEC §5): IndexedDB would not open, so this
// session lives in memory; another tab upgraded the database, so this one stopped
// saving; or this tab's upgrade waits for an older tab to close.

import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getConnectionStatus, subscribeConnectionStatus } from '../db/connection-status';

export function StorageBanner() {
  const { t } = useTranslation(['storage']);
  const status = useSyncExternalStore(
    subscribeConnectionStatus,
    getConnectionStatus,
    getConnectionStatus,
  );

  if (status.outdated) {
    return (
      <div
        className="notice notice--error storage-banner"
        role="alert"
        data-testid="storage-banner"
      >
        <p>
          <strong>{t('banner.outdatedTitle')}</strong> {t('banner.outdatedBody')}
        </p>
        <button
          type="button"
          className="button button--primary button--small"
          onClick={() => window.location.reload()}
        >
          {t('banner.reload')}
        </button>
      </div>
    );
  }
  if (status.blocked) {
    return (
      <div
        className="notice notice--warning storage-banner"
        role="alert"
        data-testid="storage-banner"
      >
        <p>
          <strong>{t('banner.blockedTitle')}</strong> {t('banner.blockedBody')}
        </p>
      </div>
    );
  }
  if (status.mode === 'memory') {
    return (
      <div
        className="notice notice--warning storage-banner"
        role="status"
        data-testid="storage-banner"
      >
        <p>
          <strong>{t('banner.memoryTitle')}</strong> {t('banner.memoryBody')}
        </p>
        <p>
          <Link to="/settings">{t('banner.memoryAction')}</Link>
        </p>
      </div>
    );
  }
  return null;
}
