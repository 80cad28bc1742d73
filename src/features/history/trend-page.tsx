// A business's completed assessments over time: the total with band zones and each
// section's average, each chart with a table that gives the same figures.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAssessments } from '../../db/assessments';
import { businessKey, type BusinessFields } from '../../domain/business';
import { businessesWithResults, trendFor } from '../../domain/compare';
import { SECTION_IDS } from '../../domain/instrument';
import { ChartFrame } from '../../ui/chart-frame';
import { SectionTrendChart, TotalTrendChart } from '../../ui/charts/lazy-charts';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import { useZoneLabels } from '../../ui/use-zone-labels';
import { TextParts, UserText, isolate, sentence, useSeparator } from '../../ui/user-text';
import './history.css';
import { BandChip } from '../../ui/band-chip';

export function TrendPage() {
  const { t } = useTranslation(['history', 'common', 'instrument']);
  const format = useFormat();
  const zoneLabels = useZoneLabels();
  const assessments = useAssessments();
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const separator = useSeparator();

  if (!assessments) return <p className="page muted">{t('common:app.loading')}</p>;

  const businesses = businessesWithResults(assessments);
  if (businesses.length === 0) {
    return (
      <div className="page page--narrow">
        <PageHeading>{t('trend.title')}</PageHeading>
        <p>{t('trend.none')}</p>
        <Link to="/history">{t('title')}</Link>
      </div>
    );
  }
  const requested = params.get('business');
  const requestedKey =
    requested === null
      ? null
      : businessKey({ businessName: requested, context: params.get('context') ?? '' });
  const withTrend = businessesWithResults(assessments, 2);
  const business =
    businesses.find((candidate) => businessKey(candidate) === requestedKey) ??
    withTrend[0] ??
    businesses[0]!;
  // Option text cannot hold elements: each part is isolated with Unicode marks instead.
  const nameOf = ({ businessName, context }: BusinessFields) =>
    [businessName, context].filter(Boolean).map(isolate).join(separator);
  const points = trendFor(assessments, business);
  // Two results on the same day get a number, so the axis labels stay distinct.
  const labels = points.map((point) => format.date(point.completedAt));
  const label = (index: number) =>
    labels.filter((l) => l === labels[index]).length > 1
      ? `${labels[index]} (${format.integer(labels.slice(0, index + 1).filter((l) => l === labels[index]).length)})`
      : labels[index]!;
  const sectionName = (id: (typeof SECTION_IDS)[number]) => t(`instrument:sections.${id}.name`);

  return (
    <div className="page trend">
      <PageHeading>
        {sentence((values) => t('trendFor', values), {
          name: <TextParts parts={[business.businessName, business.context]} />,
        })}
      </PageHeading>
      <p className="lead">{t('trend.intro')}</p>
      <div className="field trend__picker">
        <label htmlFor={selectId}>{t('trend.choose')}</label>
        <select
          id={selectId}
          value={businessKey(business) ?? ''}
          onChange={(event) => {
            const chosen = businesses.find(
              (candidate) => businessKey(candidate) === event.target.value,
            );
            if (chosen)
              setParams(
                chosen.context
                  ? { business: chosen.businessName, context: chosen.context }
                  : { business: chosen.businessName },
                { replace: true },
              );
          }}
        >
          {businesses.map((candidate) => (
            <option key={businessKey(candidate)} value={businessKey(candidate) ?? ''}>
              {nameOf(candidate)}
            </option>
          ))}
        </select>
      </div>
      {points.length < 2 && <p className="notice">{t('trend.needTwo')}</p>}

      <ChartFrame
        title={t('trend.totalTitle')}
        description={t('trend.totalDescription')}
        height={280}
      >
        <TotalTrendChart
          points={points.map((point, index) => ({ label: label(index), total: point.total }))}
          zoneLabels={zoneLabels}
          formatNumber={format.score}
          rtl={format.rtl}
        />
      </ChartFrame>
      <div className="table-scroll">
        <table className="data-table" data-testid="trend-total-table">
          <caption>{t('trend.totalCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.date')}</th>
              <th scope="col" className="num">
                {t('trend.total')}
              </th>
              <th scope="col">{t('trend.band')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={point.assessmentId}>
                <th scope="row">
                  <Link to={`/a/${point.assessmentId}/results`}>
                    <UserText>{label(index)}</UserText>
                  </Link>
                </th>
                <td className="num">{format.score(point.total)}</td>
                <td>
                  <BandChip band={point.band} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ChartFrame
        title={t('trend.sectionsTitle')}
        description={t('trend.sectionsDescription')}
        height={360}
      >
        <SectionTrendChart
          rows={points.map((point, index) => ({ label: label(index), ...point.sections }))}
          series={SECTION_IDS.map((id) => ({ key: id, name: sectionName(id) }))}
          formatNumber={format.score}
          rtl={format.rtl}
        />
      </ChartFrame>
      <div className="table-scroll">
        <table className="data-table" data-testid="trend-sections-table">
          <caption>{t('trend.sectionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.section')}</th>
              {points.map((point, index) => (
                <th scope="col" className="num" key={point.assessmentId}>
                  <UserText>{label(index)}</UserText>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SECTION_IDS.map((id) => (
              <tr key={id}>
                <th scope="row">{sectionName(id)}</th>
                {points.map((point) => (
                  <td className="num" key={point.assessmentId}>
                    {format.score(point.sections[id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Link to="/history">{t('title')}</Link>
      </p>
    </div>
  );
}
