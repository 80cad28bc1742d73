// The group's profile: participant count, group mean total with band zones, band
// counts, per-section mean and spread (box plot with a table equivalent) and the
// weakest sections, on the workshop page (the projector shows them as slides).
// Every group mean is shown cut, not rounded, to two decimals (aggregate.ts, meanCut),
// so the shown mean never sits on the other side of a band line from its band.

import { useTranslation } from 'react-i18next';
import { meanCut, type Distribution, type GroupAggregate } from '../../domain/aggregate';
import type { SectionId } from '../../domain/instrument';
import { ChartFrame } from '../../ui/chart-frame';
import { SectionSpreadChart } from '../../ui/charts/lazy-charts';
import { PolicyDiscussion } from '../../ui/policy-discussion';
import { useFormat } from '../../ui/use-format';
import { BandChip } from '../../ui/band-chip';
import { BandCounts, GroupTotalChart } from './group-parts';

type Props = { group: GroupAggregate };

export function WorkshopDashboard({ group }: Props) {
  const { t } = useTranslation(['workshop', 'common', 'instrument']);
  const format = useFormat();
  const total = group.total;
  if (group.participants === 0 || !total) {
    return <p className="notice">{t('dashboard.empty')}</p>;
  }
  const sectionName = (id: SectionId) => t(`instrument:sections.${id}.name`);
  const shownMean = (distribution: Pick<Distribution, 'sumSixtieths'>) =>
    meanCut(distribution, group.participants);
  /** A distribution's figure as shown: the mean cut toward its band, the rest as they are. */
  const figure = (distribution: Distribution, key: keyof Omit<Distribution, 'sumSixtieths'>) =>
    format.score(key === 'mean' ? shownMean(distribution) : distribution[key]);

  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="dashboard__tiles">
        <div className="tile">
          <span className="tile__label">{t('dashboard.participants')}</span>
          <span className="tile__value" data-testid="participant-count">
            {format.integer(group.participants)}
          </span>
        </div>
        <div className={`tile tile--${total.meanBand}`}>
          <span className="tile__label">{t('dashboard.groupTotal')}</span>
          <span className="tile__value" data-testid="group-mean">
            {format.score(shownMean(total))}
          </span>
          <BandChip band={total.meanBand} testId="group-band" />
        </div>
        <div className="tile tile--bands">
          <span className="tile__label">{t('dashboard.bandsTitle')}</span>
          <BandCounts group={group} className="band-counts" />
        </div>
      </div>

      <GroupTotalChart total={total} participants={group.participants} height={140} />

      <ChartFrame
        title={t('dashboard.spreadTitle')}
        description={t('dashboard.spreadDescription')}
        height={380}
      >
        <SectionSpreadChart
          rows={group.sections.map((section) => ({
            label: sectionName(section.sectionId),
            min: section.min,
            q1: section.q1,
            median: section.median,
            q3: section.q3,
            max: section.max,
            mean: shownMean(section),
            highlight: group.weakest.includes(section.sectionId),
          }))}
          rtl={format.rtl}
          formatNumber={format.score}
        />
      </ChartFrame>

      <div className="table-scroll">
        <table className="data-table spread-table" data-testid="spread-table">
          <caption>{t('dashboard.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.section')}</th>
              {(['mean', 'min', 'q1', 'median', 'q3', 'max'] as const).map((key) => (
                <th scope="col" className="num" key={key}>
                  {t(`dashboard.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.sections.map((section) => {
              const weak = group.weakest.includes(section.sectionId);
              return (
                <tr key={section.sectionId} className={weak ? 'is-weak' : undefined}>
                  <th scope="row">
                    {sectionName(section.sectionId)}
                    {weak && <span className="weak-badge">{t('dashboard.weakest')}</span>}
                  </th>
                  {(['mean', 'min', 'q1', 'median', 'q3', 'max'] as const).map((key) => (
                    <td className="num" key={key}>
                      {figure(section, key)}
                    </td>
                  ))}
                </tr>
              );
            })}
            <tr className="spread-table__total">
              <th scope="row">{t('dashboard.total')}</th>
              {(['mean', 'min', 'q1', 'median', 'q3', 'max'] as const).map((key) => (
                <td className="num" key={key}>
                  {figure(total, key)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('dashboard.meanNote')}</p>

      <section className="weakest" aria-labelledby="group-weakest">
        <h2 id="group-weakest">{t('dashboard.weakestTitle')}</h2>
        {group.weakest.length === 0 ? (
          <p>{t('dashboard.weakestNone')}</p>
        ) : (
          <ol data-testid="group-weakest">
            {group.weakest.map((id) => (
              <li key={id}>
                <strong>{sectionName(id)}</strong>
                {' — '}
                {format.score(
                  shownMean(group.sections.find((section) => section.sectionId === id)!),
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <PolicyDiscussion weakest={group.weakest} />
    </div>
  );
}
