// Two completed assessments side by side: section averages, the change per section and
// in total (arrow + words), and both on one radar. The choice lives in the address
// (?a=…&b=…), so a comparison can be bookmarked.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAssessments } from '../../db/assessments';
import type { Assessment } from '../../domain/assessment';
import { sameBusiness } from '../../domain/business';
import { compareAssessments } from '../../domain/compare';
import { scoreAnswers } from '../../domain/scoring';
import { ChartFrame } from '../../ui/chart-frame';
import { SectionRadarChart } from '../../ui/charts/lazy-charts';
import { PageHeading } from '../../ui/page-heading';
import { useFormat } from '../../ui/use-format';
import './history.css';
import { ChangeLabel } from './change-label';
import { BandChip } from '../../ui/band-chip';

/** The two most recent completed results of the latest business, else the two latest overall. */
function defaultPair(completed: Assessment[]): [string, string] | undefined {
  const latest = completed[completed.length - 1];
  if (!latest || completed.length < 2) return undefined;
  const same = completed.filter((a) => sameBusiness(a, latest));
  const pool = same.length >= 2 ? same : completed;
  return [pool[pool.length - 2]!.id, pool[pool.length - 1]!.id];
}

export function ComparePage() {
  const { t } = useTranslation(['history', 'common', 'instrument']);
  const format = useFormat();
  const assessments = useAssessments();
  const [params, setParams] = useSearchParams();
  const ids = { a: useId(), b: useId() };

  if (!assessments) return <p className="page muted">{t('common:app.loading')}</p>;

  const completed = assessments
    .filter((a) => a.completedAt !== null)
    .sort((x, y) => (x.completedAt ?? 0) - (y.completedAt ?? 0));

  if (completed.length < 2) {
    return (
      <div className="page page--narrow">
        <PageHeading>{t('compare.title')}</PageHeading>
        <p>{t('compare.needTwo')}</p>
        <Link className="button" to="/history">
          {t('title')}
        </Link>
      </div>
    );
  }

  const fallback = defaultPair(completed)!;
  const byId = new Map(completed.map((a) => [a.id, a]));
  const first = byId.get(params.get('a') ?? '') ?? byId.get(fallback[0])!;
  const second = byId.get(params.get('b') ?? '') ?? byId.get(fallback[1])!;
  const comparison = compareAssessments(first, second);

  const optionLabel = (a: Assessment) =>
    t('compare.option', {
      name: a.businessName || t('noBusiness'),
      date: format.date(a.completedAt ?? 0),
      score: format.score(scoreAnswers(a.answers).total ?? 0),
    });
  const columnLabel = (a: Assessment) =>
    `${a.businessName || t('noBusiness')} · ${format.date(a.completedAt ?? 0)}`;

  const choose = (key: 'a' | 'b', id: string) => {
    const next = new URLSearchParams(params);
    next.set('a', key === 'a' ? id : first.id);
    next.set('b', key === 'b' ? id : second.id);
    setParams(next, { replace: true });
  };

  return (
    <div className="page compare">
      <PageHeading>{t('compare.title')}</PageHeading>
      <p className="lead">{t('compare.intro')}</p>
      <div className="compare__pickers">
        {(['a', 'b'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={ids[key]}>
              {key === 'a' ? t('compare.earlier') : t('compare.later')}
            </label>
            <select
              id={ids[key]}
              value={key === 'a' ? first.id : second.id}
              onChange={(event) => choose(key, event.target.value)}
            >
              {completed.map((a) => (
                <option key={a.id} value={a.id}>
                  {optionLabel(a)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>

      {first.id === second.id && <p className="notice notice--warning">{t('compare.same')}</p>}

      {comparison && (
        <>
          <p className="compare__summary" data-testid="compare-summary">
            {t('compare.summary', {
              before: format.score(comparison.total.before),
              after: format.score(comparison.total.after),
            })}{' '}
            <ChangeLabel direction={comparison.total.direction} change={comparison.total.change} />
          </p>
          <div className="table-scroll">
            <table className="data-table compare-table">
              <caption>{t('compare.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.section')}</th>
                  <th scope="col" className="num">
                    {t('compare.earlier')}
                    <span className="compare__column-detail">{columnLabel(first)}</span>
                  </th>
                  <th scope="col" className="num">
                    {t('compare.later')}
                    <span className="compare__column-detail">{columnLabel(second)}</span>
                  </th>
                  <th scope="col">{t('compare.change')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.sections.map((row) => (
                  <tr key={row.sectionId}>
                    <th scope="row">{t(`instrument:sections.${row.sectionId}.name`)}</th>
                    <td className="num">{format.score(row.before)}</td>
                    <td className="num">{format.score(row.after)}</td>
                    <td>
                      <ChangeLabel direction={row.direction} change={row.change} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('compare.totalRow')}</th>
                  <td className="num">{format.score(comparison.total.before)}</td>
                  <td className="num">{format.score(comparison.total.after)}</td>
                  <td>
                    <ChangeLabel
                      direction={comparison.total.direction}
                      change={comparison.total.change}
                    />
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('compare.bandRow')}</th>
                  <td className="num">
                    <BandChip band={comparison.bandBefore} />
                  </td>
                  <td className="num">
                    <BandChip band={comparison.bandAfter} />
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <ChartFrame
            title={t('compare.radarTitle')}
            description={t('compare.radarDescription')}
            height={360}
          >
            <SectionRadarChart
              rows={comparison.sections.map((row) => ({
                label: t(`instrument:sections.${row.sectionId}.name`),
                before: row.before,
                after: row.after,
              }))}
              series={[
                { key: 'before', name: t('compare.earlier') },
                { key: 'after', name: t('compare.later') },
              ]}
              formatNumber={format.score}
            />
          </ChartFrame>
        </>
      )}
      <p>
        <Link to="/history">{t('title')}</Link>
      </p>
    </div>
  );
}
