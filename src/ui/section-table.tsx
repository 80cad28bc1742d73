import { useTranslation } from 'react-i18next';
import type { SectionId } from '../domain/instrument';
import type { Score } from '../domain/scoring';
import { useFormat } from './use-format';

type Props = {
  score: Score;
  weakest: readonly SectionId[];
  /** A bar beside each average (on by default; it is hidden from screen readers). */
  bars?: boolean;
  /** A last row with the total, as in the printed report. */
  totalRow?: boolean;
  /** An extra class for the screen's own layout (e.g. report__table). */
  className?: string;
};

/** The section averages as a table: the text equivalent of the charts, on every screen. */
export function SectionTable({ score, weakest, bars = true, totalRow = false, className }: Props) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  return (
    <table className={['data-table', 'section-table', className].filter(Boolean).join(' ')}>
      <caption>{t('results.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.section')}</th>
          <th scope="col" className="num count-col">
            {t('results.statements')}
          </th>
          <th scope="col" className="num">
            {t('results.average')}
          </th>
          {bars && (
            <th scope="col" className="bar-col">
              <span className="visually-hidden">{t('results.average')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {score.sections.map((section) => {
          const isWeak = weakest.includes(section.sectionId);
          return (
            <tr key={section.sectionId} className={isWeak ? 'is-weak' : undefined}>
              <th scope="row">
                {t(`instrument:sections.${section.sectionId}.name`)}
                {isWeak && <span className="weak-badge">{t('results.weakest')}</span>}
              </th>
              <td className="num count-col">{format.integer(section.size)}</td>
              <td className="num">
                {section.average === undefined ? '–' : format.score(section.average)}
              </td>
              {bars && (
                <td className="bar-col" aria-hidden="true">
                  <span
                    className="meter"
                    style={{ inlineSize: `${(((section.average ?? 1) - 1) / 4) * 100}%` }}
                  />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
      {totalRow && score.total !== undefined && (
        <tfoot>
          <tr>
            <th scope="row">{t('results.total')}</th>
            <td className="count-col" />
            <td className="num">{format.score(score.total)}</td>
            {bars && <td className="bar-col" aria-hidden="true" />}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
