// One way for every policy screen to run a write and say how it went: a translated
// reason when it fails (by the kind of storage error, never the raw English message),
// and a short confirmation when it succeeds.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toStorageError } from '../../db/storage-errors';

export type SaveAction = {
  status: string;
  error: string | null;
  /** Runs `action`; on success shows `message`. Resolves to whether it succeeded. */
  run: (action: () => Promise<unknown>, message: string) => Promise<boolean>;
  /** The translated sentence for a failed write, for forms that show it themselves. */
  reasonOf: (error: unknown) => string;
};

export function useSaveAction(): SaveAction {
  const { t } = useTranslation('policy');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reasonOf = useCallback(
    (reason: unknown) =>
      t('saveFailed', { reason: t(`storageErrors.${toStorageError(reason).kind}`) }),
    [t],
  );
  const run = useCallback(
    async (action: () => Promise<unknown>, message: string) => {
      setError(null);
      setStatus('');
      try {
        await action();
        setStatus(message);
        return true;
      } catch (reason) {
        setError(reasonOf(reason));
        return false;
      }
    },
    [reasonOf],
  );
  return { status, error, run, reasonOf };
}
