// One saved version of a policy (/policy/:id/versions/:number), exactly as it was saved,
// to read or print again.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAssessment } from '../../db/assessments';
import { usePolicy, usePolicyVersions } from '../../db/policies';
import { scoreAnswers } from '../../domain/scoring';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import { PolicyDocument } from './policy-document';
import './policy.css';
import { sentence, UserText } from '../../ui/user-text';

export function VersionPage() {
  const { id, number } = useParams();
  const { t } = useTranslation(['policy', 'common']);
  const format = useFormat();
  const policy = usePolicy(id);
  const versions = usePolicyVersions(id);
  const version = versions?.find((item) => String(item.number) === number);
  const audit = useAssessment(version?.basedOnAssessmentId ?? undefined);

  if (policy === undefined || versions === undefined)
    return <p className="page muted">{t('common:app.loading')}</p>;
  if (policy === null || !version)
    return (
      <div className="page page--narrow">
        <PageHeading>{t('versions.title')}</PageHeading>
        <p>{policy === null ? t('notFound') : t('versions.notFound', { number: number ?? '' })}</p>
        <Link className="button" to={policy ? `/policy/${policy.id}/versions` : '/policy'}>
          {policy ? t('versions.back') : t('backToList')}
        </Link>
      </div>
    );

  const total = audit ? scoreAnswers(audit.answers).total : undefined;
  const auditLine =
    audit && total !== undefined
      ? t('document.basedOnAudit', {
          date: format.date(audit.completedAt ?? audit.updatedAt),
          total: format.score(total),
        })
      : undefined;
  return (
    <div className="page policy policy--document policy-version">
      <div className="policy-toolbar">
        <p className="policy__back">
          <Link to={`/policy/${policy.id}/versions`}>{t('versions.back')}</Link>
        </p>
        <div className="policy-toolbar__row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('document.print')}
          </button>
          <p className="field__hint">{t('document.printHint')}</p>
        </div>
      </div>
      <PageHeading>
        {sentence((values) => t('titleFor', values), {
          name: <UserText>{policy.businessName}</UserText>,
        })}
      </PageHeading>
      <PolicyDocument
        businessName={policy.businessName}
        content={version.content}
        status={t('document.isVersion', {
          number: format.integer(version.number),
          date: format.date(version.savedAt),
        })}
        auditLine={auditLine}
      />
    </div>
  );
}
