import { lazy, Suspense, useCallback, useState } from 'react';
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
  // Until it is known whether unfinished audits go above the form, the form's place
  // holds a placeholder: a list appearing above a drawn form would push it down (a
  // layout shift of 0.15 on a 390 px phone for a returning owner). The form stays
  // mounted (hidden), so nothing typed into it is lost when another tab adds an audit.
  const [unfinishedKnown, setUnfinishedKnown] = useState(false);
  const onUnfinishedKnown = useCallback(() => setUnfinishedKnown(true), []);
  const waiting = mayHaveStoredData === undefined || (mayHaveStoredData && !unfinishedKnown);
  const placeholder = <div className="card new-assessment new-assessment--placeholder" />;
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
              <UnfinishedWork onKnown={onUnfinishedKnown} />
            </Suspense>
          )}
          {waiting && placeholder}
          <div className="home__form" hidden={waiting}>
            <Suspense fallback={placeholder}>
              <NewAssessmentForm />
            </Suspense>
          </div>
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
