import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/page-heading';
import { RetakeReminder } from './retake-reminder';

// The form and the lists need the database and form libraries; they load right after
// the heading has painted, in their own chunk.
const NewAssessmentForm = lazy(() =>
  import('./new-assessment-form').then((module) => ({ default: module.NewAssessmentForm })),
);
const AssessmentLists = lazy(() =>
  import('./assessment-lists').then((module) => ({ default: module.AssessmentLists })),
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
      <div className="home__grid">
        <Suspense fallback={<div className="card new-assessment new-assessment--placeholder" />}>
          <NewAssessmentForm />
        </Suspense>
        <div className="home__lists">
          <Suspense fallback={null}>
            <AssessmentLists />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
