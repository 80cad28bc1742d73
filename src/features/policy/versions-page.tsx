// Saved versions of one policy (/policy/:id/versions?a=1&b=2): each version with its
// date, note and the audit it followed, and a comparison of any two (or of a version
// and the current draft), e.g. the policy before and after the next audit.
import { useTranslation } from 'react-i18next';
import { Form, Link, useParams, useSearchParams } from 'react-router';
import { useAssessments } from '../../db/assessments';
import { usePolicy, usePolicyVersions } from '../../db/policies';
import type { PolicyContent } from '../../domain/policy';
import { diffPolicies } from '../../domain/policy-diff';
import { scoreAnswers } from '../../domain/scoring';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import { PolicyDiffView } from './policy-diff-view';
import './policy.css';
import { sentence, UserText } from '../../ui/user-text';

const DRAFT = 'draft';

export function VersionsPage() {
  const { id } = useParams();
  const { t } = useTranslation(['policy', 'common']);
  const format = useFormat();
  const policy = usePolicy(id);
  const versions = usePolicyVersions(id);
  const assessments = useAssessments();
  const [params] = useSearchParams();

  if (policy === undefined || versions === undefined)
    return <p className="page muted">{t('common:app.loading')}</p>;
  if (policy === null)
    return (
      <div className="page page--narrow">
        <PageHeading>{t('versions.title')}</PageHeading>
        <p>{t('notFound')}</p>
        <Link className="button" to="/policy">
          {t('backToList')}
        </Link>
      </div>
    );

  const auditDate = (assessmentId: string | null) => {
    const assessment = assessments?.find((item) => item.id === assessmentId);
    if (!assessment) return t('versions.noAudit');
    const total = scoreAnswers(assessment.answers).total;
    return `${format.date(assessment.completedAt ?? assessment.updatedAt)}${
      total === undefined ? '' : ` (${format.score(total)})`
    }`;
  };
  const contentOf = (key: string | null): PolicyContent | undefined =>
    key === DRAFT
      ? policy.content
      : versions.find((version) => String(version.number) === key)?.content;
  // Default comparison: the last saved version against the one before it.
  const a = params.get('a') ?? String(versions.at(-2)?.number ?? versions.at(-1)?.number ?? '');
  const b = params.get('b') ?? (versions.length >= 2 ? String(versions.at(-1)!.number) : DRAFT);
  const before = contentOf(a);
  const after = contentOf(b);
  const options = [
    ...versions.map((version) => ({
      value: String(version.number),
      label: t('versions.versionOption', {
        number: format.integer(version.number),
        date: format.date(version.savedAt),
      }),
    })),
    { value: DRAFT, label: t('versions.draft') },
  ];

  return (
    <div className="page policy policy-versions">
      <p className="policy__back">
        <Link to={`/policy/${policy.id}/document`}>
          {sentence((values) => t('titleFor', values), {
            name: <UserText>{policy.businessName}</UserText>,
          })}
        </Link>
      </p>
      <PageHeading>{t('versions.title')}</PageHeading>
      <p>{t('versions.intro')}</p>
      {versions.length === 0 ? (
        <p className="muted">{t('versions.empty')}</p>
      ) : (
        <>
          <table className="data-table policy-versions__table">
            <caption className="visually-hidden">{t('versions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versions.number')}</th>
                <th scope="col">{t('versions.saved')}</th>
                <th scope="col">{t('versions.note')}</th>
                <th scope="col">{t('versions.audit')}</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((version) => (
                <tr key={version.id}>
                  <th scope="row">
                    <Link
                      to={`/policy/${policy.id}/versions/${version.number}`}
                      aria-label={t('versions.open', { number: format.integer(version.number) })}
                    >
                      {format.integer(version.number)}
                    </Link>
                  </th>
                  <td>{format.date(version.savedAt)}</td>
                  <td dir="auto">{version.note}</td>
                  <td>{auditDate(version.basedOnAssessmentId)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <section aria-labelledby="compare-title" className="policy-compare">
            <h2 id="compare-title">{t('versions.compareTitle')}</h2>
            <Form className="policy-compare__form" method="get">
              {(['a', 'b'] as const).map((end) => (
                <div className="field" key={end}>
                  <label htmlFor={`compare-${end}`}>
                    {end === 'a' ? t('versions.from') : t('versions.to')}
                  </label>
                  <select
                    id={`compare-${end}`}
                    name={end}
                    defaultValue={end === 'a' ? a : b}
                    key={`${end}-${end === 'a' ? a : b}`}
                  >
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <button type="submit" className="button">
                {t('versions.show')}
              </button>
            </Form>
            {before && after && <PolicyDiffView diff={diffPolicies(before, after)} />}
          </section>
        </>
      )}
    </div>
  );
}
