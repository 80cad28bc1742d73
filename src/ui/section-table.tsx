import { useTranslation } from 'react-i18next';
import type { SectionId } from '../domain/instrument';
import type { Score } from '../domain/scoring';
import { useFormat } from './use-format';

type Props = {
  score: Score;
  weakest: readonly SectionId[];
  /** The bar column (a small meter per average); the printed report leaves it out. */
  showBar?: boolean;
};

/** The section averages as a table: the text equivalent of the charts. */
export function SectionTable({ score, weakest, showBar = true }: Props) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  return (
    <table className="data-table section-table">
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
          {showBar && (
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
              {showBar && (
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
    </table>
  );
}
