// What the business's own records say about where to start: the latest audit (its total
// and band, its weakest sections and the policy areas they point to) and the complaint
// log (complaints in the last 90 days, the three most frequent categories and the areas
// they point to). Without an audit or a log, links to start one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { areasByNeed, areasForSections, POLICY_AREA_IDS, type Policy } from '../../domain/policy';
import { useFormat } from '../../ui/use-format';
import type { AuditEvidence } from './use-audit-evidence';
import type { LogEvidence } from './use-complaint-evidence';

type Props = {
  policy: Policy;
  evidence: AuditEvidence | null | undefined;
  log: LogEvidence | undefined;
};

/** `?business=…&context=…`, the address query the complaint screens read. */
function complaintsLink(policy: Policy): string {
  const params = new URLSearchParams({ business: policy.businessName });
  if (policy.context) params.set('context', policy.context);
  return `/complaints?${params.toString()}`;
}

export function AuditPanel({ policy, evidence, log }: Props) {
  const { t } = useTranslation(['policy', 'instrument']);
  const format = useFormat();
  if (evidence === undefined) return null;

  const audit = (() => {
    if (evidence === null)
      return (
        <>
          <p>{t('evidence.noAudit')}</p>
          <Link className="button button--small" to="/">
            {t('evidence.startAudit')}
          </Link>
        </>
      );
    const { assessment, weakest } = evidence;
    const sectionNames = weakest.map((section) => t(`instrument:sections.${section}.name`));
    const firstAreas = areasByNeed(weakest)
      .filter((area) => areasForSections(weakest).includes(area))
      .map((area) => t(`areas.names.${area}`));
    return (
      <>
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
      </>
    );
  })();

  const complaints = (() => {
    if (!log) return null;
    const { figures } = log;
    if (!figures)
      return (
        <>
          <p>{t('evidence.noLog')}</p>
          <Link className="button button--small" to={complaintsLink(policy)}>
            {t('evidence.startLog')}
          </Link>
        </>
      );
    const pointed = POLICY_AREA_IDS.filter((area) => log.byArea[area]).map((area) =>
      t(`areas.names.${area}`),
    );
    return (
      <>
        <p className="policy-evidence__log" data-testid="policy-log-evidence">
          {figures.count > 0
            ? t('evidence.logComplaints', { days: figures.windowDays, count: figures.count })
            : t('evidence.logNone', { days: figures.windowDays })}{' '}
          {figures.top.length > 0 &&
            t('evidence.logTop', { categories: log.listCategories(figures.top) })}{' '}
          {pointed.length > 0 && t('evidence.logAreas', { areas: format.list(pointed) })}
        </p>
        <Link className="button button--small" to={complaintsLink(policy)}>
          {t('evidence.openLog')}
        </Link>
      </>
    );
  })();

  return (
    <aside className="policy-evidence notice" aria-labelledby="policy-evidence-title">
      <h2 id="policy-evidence-title" className="policy-evidence__title">
        {t('evidence.title')}
      </h2>
      <div className="policy-evidence__part">{audit}</div>
      {complaints && (
        <div className="policy-evidence__part">
          <h3 className="policy-evidence__subtitle">{t('evidence.logTitle')}</h3>
          {complaints}
        </div>
      )}
    </aside>
  );
}
