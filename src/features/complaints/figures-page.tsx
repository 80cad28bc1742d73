// Complaint figures of one business (/complaints/figures): per month or quarter, the
// complaints received (resolved / still open), shares resolved and fixed on the spot,
// median time to resolve, follow-ups and customers who complained again; what they were
// about and through which channel. Every chart has a table with the same figures. CSV
// export of the whole log.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComplaints } from '../../db/complaints';
import { isoDate } from '../../domain/calendar-date';
import { COMPLAINT_CHANNELS } from '../../domain/complaints';
import { complaintsToCsv } from '../../domain/complaints-csv';
import {
  PERIOD_KINDS,
  figuresByPeriod,
  periodStart,
  quarterOf,
  rankedCategories,
  type PeriodFigures,
  type PeriodKind,
} from '../../domain/feedback-figures';
import { ChartFrame } from '../../ui/chart-frame';
import { CategoryChart, ComplaintsPerPeriodChart } from '../../ui/charts/lazy-charts';
import { downloadText } from '../../ui/download';
import { useFormat } from '../../ui/use-format';
import { useCategoryNames } from '../../ui/use-category-names';
import { ComplaintsHeader } from './complaints-header';
import { TableScroll } from './table-scroll';
import { useBusiness } from './use-business';
import './complaints.css';
import { useErrorText } from '../../ui/use-error-text';

/** How many periods the screen shows: a year of months, two years of quarters. */
const SHOWN: Record<PeriodKind, number> = { month: 12, quarter: 8 };

export function FiguresPage() {
  const { t } = useTranslation(['complaints', 'common']);
  const errorText = useErrorText();
  const format = useFormat();
  const chosen = useBusiness();
  const complaints = useComplaints(chosen.business);
  const names = useCategoryNames(complaints ?? []);
  const ids = { period: useId(), personal: useId() };
  const [kind, setKind] = useState<PeriodKind>('month');
  const [includePersonal, setIncludePersonal] = useState(false);
  const [exportMessage, setExportMessage] = useState<{ text: string; error?: boolean } | null>(
    null,
  );

  const title = (business: string | null) =>
    business ? t('figures.titleFor', { name: business }) : t('figures.title');
  const header = <ComplaintsHeader chosen={chosen} title={title} intro={t('figures.intro')} />;
  if (chosen.known === undefined || (chosen.business && complaints === undefined))
    return (
      <div className="page complaints">
        {header}
        <p className="muted">{t('common:app.loading')}</p>
      </div>
    );
  if (!chosen.business || !complaints || complaints.length === 0)
    return (
      <div className="page complaints">
        {header}
        <p className="notice">{chosen.business ? t('figures.empty') : t('business.prompt')}</p>
      </div>
    );

  const rows = figuresByPeriod(complaints, kind, Date.now()).slice(-SHOWN[kind]);
  const label = (period: string) => {
    const start = periodStart(period);
    if (kind === 'month') return format.month(start);
    return t('figures.quarterLabel', {
      quarter: format.integer(quarterOf(period).quarter),
      year: format.year(start),
    });
  };
  const share = (value: number | null) =>
    value === null ? t('figures.none') : format.percent(value);
  const days = (value: number | null) =>
    value === null ? t('figures.none') : format.score(Math.round(value * 10) / 10);

  const totals: Record<string, number> = {};
  for (const row of rows)
    for (const [key, count] of Object.entries(row.byCategory))
      totals[key] = (totals[key] ?? 0) + count;
  const categories = rankedCategories(totals);
  const channels = COMPLAINT_CHANNELS.filter((channel) =>
    rows.some((row) => row.byChannel[channel] > 0),
  );

  const exportCsv = () => {
    try {
      const slug = [chosen.business?.businessName ?? '', chosen.business?.context ?? '']
        .join(' ')
        .toLocaleLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '');
      const file = `centricity-complaints-${slug || 'log'}-${isoDate(new Date())}.csv`;
      downloadText(
        file,
        complaintsToCsv(complaints, { includePersonal }),
        'text/csv;charset=utf-8',
      );
      setExportMessage({ text: t('figures.exported', { file }) });
    } catch (error) {
      setExportMessage({
        text: t('figures.exportFailed', { reason: errorText(error) }),
        error: true,
      });
    }
  };

  const breakdown = (
    caption: string,
    heading: string,
    keys: readonly string[],
    name: (key: string) => string,
    count: (row: PeriodFigures, key: string) => number,
    testId: string,
  ) => (
    <TableScroll label={caption}>
      <table className="data-table figures-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {rows.map((row) => (
              <th scope="col" className="num" key={row.period}>
                {label(row.period)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('figures.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">
                <bdi>{name(key)}</bdi>
              </th>
              {rows.map((row) => (
                <td className="num" key={row.period}>
                  {format.integer(count(row, key))}
                </td>
              ))}
              <td className="num">
                {format.integer(rows.reduce((sum, row) => sum + count(row, key), 0))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );

  return (
    <div className="page complaints figures">
      {header}

      <fieldset className="choice-group figures__period">
        <legend id={ids.period}>{t('figures.period')}</legend>
        <div className="choice-group__options">
          {PERIOD_KINDS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${ids.period}-kind`}
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span>{t(`figures.periods.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <section className="figures__section">
        <ChartFrame
          title={t('figures.countChartTitle')}
          description={t('figures.countChartDescription')}
          height={260}
        >
          <ComplaintsPerPeriodChart
            rows={rows.map((row) => ({
              label: label(row.period),
              resolved: row.resolved,
              open: row.count - row.resolved,
            }))}
            names={{ resolved: t('figures.resolvedSeries'), open: t('figures.openSeries') }}
            formatNumber={format.integer}
            rtl={format.rtl}
          />
        </ChartFrame>
        <TableScroll label={t('figures.tableCaption')}>
          <table className="data-table figures-table" data-testid="figures-table">
            <caption>{t('figures.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.columns.period')}</th>
                <th scope="col" className="num">
                  {t('figures.columns.count')}
                </th>
                <th scope="col" className="num">
                  {t('figures.columns.resolvedShare')}
                </th>
                <th scope="col" className="num">
                  {t('figures.columns.fixedOnTheSpotShare')}
                </th>
                <th scope="col" className="num">
                  {t('figures.columns.median')}
                </th>
                <th scope="col" className="num">
                  {t('figures.columns.followUps')}
                </th>
                <th scope="col" className="num">
                  {t('figures.columns.repeat')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.period} data-period={row.period}>
                  <th scope="row">{label(row.period)}</th>
                  <td className="num">{format.integer(row.count)}</td>
                  <td className="num">{share(row.resolvedShare)}</td>
                  <td className="num">{share(row.fixedOnTheSpotShare)}</td>
                  <td className="num">{days(row.medianDaysToResolve)}</td>
                  <td className="num">{format.integer(row.followUpsDone)}</td>
                  <td className="num">{format.integer(row.repeatCustomers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section className="figures__section">
        <ChartFrame
          title={t('figures.categoryChartTitle')}
          description={t('figures.categoryChartDescription')}
          height={Math.max(140, 44 * categories.length + 40)}
        >
          <CategoryChart
            rows={categories.map((entry) => ({
              label: names.ofKey(entry.key),
              count: entry.count,
            }))}
            formatNumber={format.integer}
            rtl={format.rtl}
          />
        </ChartFrame>
        {breakdown(
          t('figures.categoryCaption'),
          t('figures.category'),
          categories.map((entry) => entry.key),
          names.ofKey,
          (row, key) => row.byCategory[key] ?? 0,
          'figures-categories',
        )}
        {breakdown(
          t('figures.channelCaption'),
          t('figures.channel'),
          channels,
          (key) => t(`channels.${key as (typeof COMPLAINT_CHANNELS)[number]}`),
          (row, key) => row.byChannel[key as (typeof COMPLAINT_CHANNELS)[number]],
          'figures-channels',
        )}
      </section>

      <section aria-labelledby="figures-export" className="card figures__export">
        <h2 id="figures-export">{t('figures.csvTitle')}</h2>
        <p className="field__hint">{t('figures.csvHint')}</p>
        <div className="field field--check">
          <input
            id={ids.personal}
            type="checkbox"
            checked={includePersonal}
            onChange={(event) => setIncludePersonal(event.target.checked)}
          />
          <label htmlFor={ids.personal}>{t('figures.csvPersonal')}</label>
        </div>
        <button type="button" className="button" onClick={exportCsv}>
          {t('figures.csv')}
        </button>
        <div role="status">
          {exportMessage && (
            <p className={exportMessage.error ? 'notice notice--error' : 'notice'}>
              {exportMessage.text}
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
