// /a/:id — resume an assessment: the step holding the first unanswered statement, or
// the results when all 25 are answered.
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useAssessment } from '../../db/assessments';
import { SECTIONS, firstUnansweredItem, sectionOf } from '../../domain/instrument';
import { NotFound } from '../../ui/not-found';

export function ResumeRedirect() {
  const { id } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(id);
  if (assessment === undefined) return <p className="page muted">{t('app.loading')}</p>;
  if (assessment === null) return <NotFound kind="assessment" />;
  const first = firstUnansweredItem(assessment.answers);
  if (!first) return <Navigate to={`/a/${assessment.id}/results`} replace />;
  const step = SECTIONS.findIndex((section) => section.id === sectionOf(first)) + 1;
  return (
    <Navigate to={`/a/${assessment.id}/survey/${step}`} replace state={{ focusItem: first }} />
  );
}
