import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/page-heading';
import { NothingYet } from './nothing-yet';
import { RetakeReminder } from './retake-reminder';
import { useMayHaveStoredData } from './stored-data';

// The form and the lists load right after the heading has painted, in their own chunk.
// On a first visit (no database in this browser yet) the lists, the reminder and the
// database code they need are not loaded at all; the form loads its validation and
// the database code only when it is used.
const NewAssessmentForm = lazy(() =>
  import('./new-assessment-form').then((module) => ({ default: module.NewAssessmentForm })),
);
const AssessmentLists = lazy(() =>
  import('./assessment-lists').then((module) => ({ default: module.AssessmentLists })),
);
// Unfinished work comes first, above the form (same chunk as the lists).
const UnfinishedWork = lazy(() =>
  import('./assessment-lists').then((module) => ({ default: module.UnfinishedWork })),
);

export function HomePage() {
  const { t } = useTranslation();
  const mayHaveStoredData = useMayHaveStoredData();
  return (
    <div className="page home">
      <div className="home__intro">
        <PageHeading>{t('home.title')}</PageHeading>
        <p className="lead">{t('home.intro')}</p>
      </div>
      {mayHaveStoredData && <RetakeReminder />}
      <div className="home__grid">
        <div className="home__main">
          {mayHaveStoredData && (
            <Suspense fallback={null}>
              <UnfinishedWork />
            </Suspense>
          )}
          <Suspense fallback={<div className="card new-assessment new-assessment--placeholder" />}>
            <NewAssessmentForm />
          </Suspense>
        </div>
        <div className="home__lists">
          {mayHaveStoredData === false && <NothingYet />}
          {mayHaveStoredData && (
            <Suspense fallback={null}>
              <AssessmentLists />
            </Suspense>
          )}
        </div>
      </div>
    </div>
  );
}
