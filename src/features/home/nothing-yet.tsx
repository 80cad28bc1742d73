import { useTranslation } from 'react-i18next';

/** Home's lists when there is nothing stored yet. */
export function NothingYet() {
  const { t } = useTranslation();
  return <p className="muted">{t('home.nothingYet')}</p>;
}
