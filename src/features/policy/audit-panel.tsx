// What the latest audit of the business says: its total and band, its weakest sections
// and the policy areas to write first (seed 003: the policy answers what the audit and
// the customers showed). Without an audit, a link to start one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { areasByNeed, areasForSections, type Policy } from '../../domain/policy';
import { useFormat } from '../../ui/use-format';
import type { AuditEvidence } from './use-audit-evidence';

type Props = { policy: Policy; evidence: AuditEvidence | null | undefined };

export function AuditPanel({ evidence }: Props) {
  const { t } = useTranslation(['policy', 'instrument']);
  const format = useFormat();
  if (evidence === undefined) return null;
  if (evidence === null) {
    return (
      <aside className="policy-evidence notice" aria-labelledby="policy-evidence-title">
        <h2 id="policy-evidence-title" className="policy-evidence__title">
          {t('evidence.title')}
        </h2>
        <p>{t('evidence.noAudit')}</p>
        <Link className="button button--small" to="/">
          {t('evidence.startAudit')}
        </Link>
      </aside>
    );
  }
  const { assessment, weakest } = evidence;
  const sectionNames = weakest.map((section) => t(`instrument:sections.${section}.name`));
  const firstAreas = areasByNeed(weakest)
    .filter((area) => areasForSections(weakest).includes(area))
    .map((area) => t(`areas.names.${area}`));
  return (
    <aside className="policy-evidence notice" aria-labelledby="policy-evidence-title">
      <h2 id="policy-evidence-title" className="policy-evidence__title">
        {t('evidence.title')}
      </h2>
      <p>
        {t('evidence.fromAudit', {
          date: format.date(assessment.completedAt ?? assessment.updatedAt),
          total: format.score(evidence.total),
          band: t(`instrument:bands.${evidence.band}.name`),
        })}
      </p>
      {weakest.length > 0 && (
        <p>
          {t('evidence.weakest', { sections: format.list(sectionNames) })}{' '}
          {t('evidence.writeFirst', { areas: format.list(firstAreas) })}
        </p>
      )}
      <Link className="button button--small" to={`/a/${assessment.id}/plan`}>
        {t('evidence.openPlan')}
      </Link>
    </aside>
  );
}
