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
import { TextParts, UserText, isolate, useSeparator } from '../../ui/user-text';
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
  const separator = useSeparator();

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

  // Two audits finished on the same day are told apart by the time, and by a number when
  // even the minute is the same (unnamed audits share no business but look alike too).
  const whenOf = (a: Assessment) => {
    const sameDay = completed.filter(
      (other) => format.date(other.completedAt ?? 0) === format.date(a.completedAt ?? 0),
    );
    if (sameDay.length < 2) return format.date(a.completedAt ?? 0);
    const when = format.dateTime(a.completedAt ?? 0);
    const sameMinute = sameDay.filter((other) => format.dateTime(other.completedAt ?? 0) === when);
    return sameMinute.length < 2 ? when : `${when} (${format.integer(sameMinute.indexOf(a) + 1)})`;
  };
  const optionLabel = (a: Assessment) =>
    t('compare.option', {
      name: isolate(a.businessName || t('noBusiness')),
      date: isolate(whenOf(a)),
      score: format.score(scoreAnswers(a.answers).total ?? 0),
      separator,
    });
  const oneBusiness = sameBusiness(first, second);
  const columnDetail = (a: Assessment) =>
    oneBusiness ? (
      <UserText>{whenOf(a)}</UserText>
    ) : (
      <TextParts parts={[a.businessName || t('noBusiness'), whenOf(a)]} />
    );

  const choose = (key: 'a' | 'b', id: string) => {
    // Start from the address as it is now, not from this render's params: the router
    // applies a change in a transition, so two quick changes would otherwise see the same
    // stale params and the second would undo the first.
    const next = new URLSearchParams(window.location.search);
    next.set(key, id);
    if (!byId.has(next.get('a') ?? '')) next.set('a', first.id);
    if (!byId.has(next.get('b') ?? '')) next.set('b', second.id);
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
              {key === 'a' ? t('compare.before') : t('compare.after')}
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
                    {t('compare.before')}
                    <span className="compare__column-detail">{columnDetail(first)}</span>
                  </th>
                  <th scope="col" className="num">
                    {t('compare.after')}
                    <span className="compare__column-detail">{columnDetail(second)}</span>
                  </th>
                  <th scope="col" className="num compare__change-col">
                    {t('compare.change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.sections.map((row) => (
                  <tr key={row.sectionId}>
                    <th scope="row">{t(`instrument:sections.${row.sectionId}.name`)}</th>
                    <td className="num">{format.score(row.before)}</td>
                    <td className="num">{format.score(row.after)}</td>
                    <td className="num compare__change-col">
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
                  <td className="num compare__change-col">
                    <ChangeLabel
                      direction={comparison.total.direction}
                      change={comparison.total.change}
                    />
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('compare.bandRow')}</th>
                  {/* One cell for both verdicts, so each badge keeps to one line and the
                      change column keeps its width on a phone. */}
                  <td colSpan={3}>
                    <div className="compare__bands">
                      <BandChip band={comparison.bandBefore} />
                      {comparison.bandBefore === comparison.bandAfter ? null : (
                        <>
                          <span className="arrow arrow--next compare__band-arrow">
                            <span className="visually-hidden">{t('compare.after')}</span>
                          </span>
                          <BandChip band={comparison.bandAfter} />
                        </>
                      )}
                    </div>
                  </td>
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
                { key: 'before', name: t('compare.before') },
                { key: 'after', name: t('compare.after') },
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
