import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/page-heading';

export function WorkshopNotFound() {
  const { t } = useTranslation('workshop');
  return (
    <section className="page page--narrow" data-testid="not-found">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <Link className="button" to="/workshops">
        {t('notFound.back')}
      </Link>
    </section>
  );
}
