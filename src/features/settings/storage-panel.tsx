// Storage status (SPEC §5): where data lives, whether the browser promised to keep it,
// and how much space it uses. Export and delete live in the data panel next to this one.

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getConnectionStatus, subscribeConnectionStatus } from '../../db/connection-status';
import {
  estimateStorage,
  requestPersistence,
  usePersistenceRecord,
  type StorageEstimate,
} from '../../db/persistence';
import { formatBytes } from '../../i18n/format';
import { useFormat } from '../../ui/use-format';
import { UserText, sentence } from '../../ui/user-text';

export function StoragePanel() {
  const { t } = useTranslation(['storage']);
  const format = useFormat();
  const status = useSyncExternalStore(
    subscribeConnectionStatus,
    getConnectionStatus,
    getConnectionStatus,
  );
  const record = usePersistenceRecord();
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>();
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState(false);

  const refresh = useCallback(async () => {
    setEstimate(await estimateStorage());
  }, []);
  useEffect(() => {
    let active = true;
    void estimateStorage().then((value) => {
      if (active) setEstimate(value);
    });
    return () => {
      active = false;
    };
  }, []);

  const ask = async () => {
    setAsking(true);
    try {
      const result = await requestPersistence();
      setRefused(!result.granted);
      await refresh();
    } finally {
      setAsking(false);
    }
  };

  const inMemory = status.mode === 'memory';
  const persisted = estimate?.persisted;
  const bytes = (value: number) => formatBytes(value, format.language);

  return (
    <section className="card settings__section storage-panel" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('panel.title')}</h2>
      <dl className="storage-panel__facts" data-testid="storage-facts">
        <dt>
          <strong>{t('panel.mode')}</strong>
        </dt>
        <dd data-testid="storage-mode">
          {inMemory ? t('panel.modeMemory') : t('panel.modePersistent')}
        </dd>
        {inMemory && <dd className="muted">{t('banner.memoryAction')}</dd>}
        {!inMemory && (
          <>
            <dt>
              <strong>{t('panel.persisted')}</strong>
            </dt>
            <dd data-testid="storage-persisted">
              {persisted === false ? (
                <div className="notice notice--warning" data-testid="storage-not-protected">
                  <p>
                    <strong>{t('panel.notProtectedTitle')}</strong> {t('panel.persistedNoHint')}
                  </p>
                  <p>{t('panel.whatToDo')}</p>
                  <ol>
                    <li>
                      {t('panel.stepBackup')} <a href="#export-title">{t('panel.toBackup')}</a>
                    </li>
                    <li>{t('panel.stepInstall')}</li>
                    <li>{t('panel.stepAsk')}</li>
                  </ol>
                  <p>
                    <button
                      type="button"
                      className="button"
                      onClick={() => void ask()}
                      disabled={asking}
                    >
                      {t('panel.ask')}
                    </button>
                  </p>
                  {refused && (
                    <p role="status">
                      <strong>{t('panel.askRefused')}</strong>
                    </p>
                  )}
                </div>
              ) : (
                <p>
                  <strong>
                    {persisted === undefined
                      ? ''
                      : persisted === null
                        ? t('panel.unknown')
                        : t('panel.yes')}
                  </strong>{' '}
                  {persisted === true && t('panel.persistedYesHint')}
                </p>
              )}
              {record && (
                <p className="muted">
                  {sentence((values) => t('panel.requestedOn', values), {
                    date: <UserText>{format.date(record.requestedAt)}</UserText>,
                  })}
                </p>
              )}
            </dd>
            <dt>
              <strong>{t('panel.used')}</strong>
            </dt>
            <dd data-testid="storage-usage">
              {estimate === undefined
                ? ''
                : estimate.usage !== null && estimate.quota !== null
                  ? t('panel.usedValue', {
                      usage: bytes(estimate.usage),
                      quota: bytes(estimate.quota),
                    })
                  : t('panel.estimateUnavailable')}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
