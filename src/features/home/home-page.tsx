import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/page-heading';
import { RetakeReminder } from './retake-reminder';

// The lists and the form need the database and form libraries; they load right after
// the heading has painted, in their own chunk.
const HomeLists = lazy(() =>
  import('./assessment-lists').then((module) => ({ default: module.HomeLists })),
);

export function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="page home">
      <div className="home__intro">
        <PageHeading>{t('home.title')}</PageHeading>
        <p className="lead">{t('home.intro')}</p>
      </div>
      <RetakeReminder />
      <Suspense
        fallback={
          <div className="home__grid">
            <div className="card new-assessment new-assessment--placeholder" />
          </div>
        }
      >
        <HomeLists />
      </Suspense>
    </div>
  );
}
