// One way for every policy screen to run a write and say how it went: a translated
// reason when it fails (by the kind of storage error, never the raw English message: the
// app's shared wording, except a policy or part that no longer exists), and a short
// confirmation when it succeeds.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toStorageError } from '../../db/storage-errors';
import { useErrorText } from '../../ui/use-error-text';

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
  const errorText = useErrorText();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reasonOf = useCallback(
    (reason: unknown) => {
      const error = toStorageError(reason);
      return t('saveFailed', {
        reason: error.kind === 'notFound' ? t('storageErrors.notFound') : errorText(error),
      });
    },
    [t, errorText],
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
