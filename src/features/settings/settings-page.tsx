import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../ui/language-switcher';
import { PageHeading } from '../../ui/page-heading';
import { DataPanel } from './data-panel';
import { StoragePanel } from './storage-panel';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow settings">
      <PageHeading>{t('nav.settings')}</PageHeading>
      <section className="card settings__section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.label')}</h2>
        <LanguageSwitcher />
      </section>
      <StoragePanel />
      <DataPanel />
    </div>
  );
}
