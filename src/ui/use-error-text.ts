// The translated reason for a failed action, for sentences such as "That did not work:
// {{reason}}". A storage error (db/storage-errors.ts) carries a kind with a message in
// every language, plus the numbers it names; anything else is "an unknown error". The
// browser's own English text never reaches the screen.

import { useTranslation } from 'react-i18next';
import { useFormat } from './use-format';

type KindedError = { kind: string; params?: Record<string, unknown> };

function isKinded(error: unknown): error is KindedError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { kind?: unknown }).kind === 'string'
  );
}

export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation('common');
  const format = useFormat();
  return (error) => {
    const kind = isKinded(error) ? error.kind : 'unknown';
    const key = `errors.storage.${kind}`;
    const values: Record<string, string> = {};
    if (isKinded(error))
      for (const [name, value] of Object.entries(error.params ?? {}))
        if (typeof value === 'number') values[name] = format.integer(value);
    return i18n.exists(key, { ns: 'common' })
      ? // Kinds with numbers (e.g. 'limit') name them; the others ignore the values.
        t(key as 'errors.storage.limit', values as { max: string })
      : t('errors.storage.unknown');
  };
}
