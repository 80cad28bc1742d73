// The verdict for one completed result (an assessment, or a shared link): total, band and
// meaning, the two charts, the section table and — unless the screen lists priorities of
// its own — the weakest sections. A re-take passes the previous audit: its change shows
// on the verdict card and its profile on the radar.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../domain/instrument';
import { TOTAL_MAX, scoreAnswers, weakestSections } from '../domain/scoring';
import { useFormat } from './use-format';
import { ScoreCharts } from './score-charts';
import { SectionTable } from './section-table';

type Props = {
  answers: Answers;
  /** The previous audit of the same business, drawn on the radar. */
  previousAnswers?: Answers;
  /** Shown on the verdict card, e.g. the change since the previous audit. */
  verdictExtra?: ReactNode;
  /** Shown between the verdict and the charts, e.g. what to do first. */
  afterVerdict?: ReactNode;
  /** False where the screen has its own list of what to work on first. */
  showWeakest?: boolean;
  /** When the charts are drawn: at once, or only when scrolled near (a shared link). */
  drawCharts?: 'now' | 'inView';
};

export function ResultsSummary({
  answers,
  previousAnswers,
  verdictExtra,
  afterVerdict,
  showWeakest = true,
  drawCharts = 'now',
}: Props) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  const score = scoreAnswers(answers);
  if (score.total === undefined || score.band === undefined) return null;
  const weakest = weakestSections(score);
  const totalText = format.score(score.total);
  const previous = previousAnswers ? scoreAnswers(previousAnswers) : undefined;

  return (
    <div className="results-summary">
      <section className={`verdict verdict--${score.band}`} aria-labelledby="verdict-title">
        <h2 id="verdict-title" className="visually-hidden">
          {t('results.band')}
        </h2>
        <div className="verdict__total">
          <span className="verdict__label">{t('results.total')}</span>
          <span className="verdict__number" data-testid="total">
            {totalText}
          </span>
          <span className="verdict__max">
            {t('results.outOf', { score: totalText, max: format.integer(TOTAL_MAX) })}
          </span>
        </div>
        <div className="verdict__band">
          <span className="verdict__label">{t('results.band')}</span>
          <strong className="verdict__band-name" data-testid="band">
            {t(`instrument:bands.${score.band}.name`)}
          </strong>
          <p className="verdict__meaning">{t(`instrument:bands.${score.band}.meaning`)}</p>
        </div>
        {verdictExtra && <div className="verdict__extra">{verdictExtra}</div>}
      </section>

      {afterVerdict}

      <div className="results-charts">
        <ScoreCharts score={score} previous={previous} draw={drawCharts} />
      </div>

      <SectionTable score={score} weakest={weakest} />

      {showWeakest && (
        <section className="weakest" aria-labelledby="weakest-title">
          <h2 id="weakest-title">{t('results.weakestTitle')}</h2>
          {weakest.length === 0 ? (
            <p>{t('results.weakestNone')}</p>
          ) : (
            <ul>
              {weakest.map((sectionId) => (
                <li key={sectionId}>
                  <strong>{t(`instrument:sections.${sectionId}.name`)}</strong>
                  {' — '}
                  {format.score(
                    score.sections.find((s) => s.sectionId === sectionId)?.average ?? 0,
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
