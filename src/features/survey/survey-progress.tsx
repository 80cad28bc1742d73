import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ITEM_IDS, SECTIONS, answeredCount, type Answers } from '../../domain/instrument';
import { useFormat } from '../../ui/use-format';

type Props = { assessmentId: string; answers: Answers; step: number };

export function SurveyProgress({ assessmentId, answers, step }: Props) {
  const { t } = useTranslation(['common', 'instrument']);
  const format = useFormat();
  const answered = answeredCount(answers);
  return (
    <div className="survey-progress">
      <label className="survey-progress__overall">
        <span>
          {t('survey.progress', {
            answered: format.integer(answered),
            total: format.integer(ITEM_IDS.length),
          })}
        </span>
        <progress max={ITEM_IDS.length} value={answered} aria-label={t('survey.progressLabel')} />
      </label>
      <nav aria-label={t('survey.sectionsNav')}>
        <ol className="survey-progress__sections">
          {SECTIONS.map((section, index) => {
            const done = section.itemIds.filter((id) => answers[id] !== undefined).length;
            const name = t(`instrument:sections.${section.id}.name`);
            const complete = done === section.itemIds.length;
            return (
              <li key={section.id}>
                <Link
                  to={`/a/${assessmentId}/survey/${index + 1}`}
                  aria-current={index + 1 === step ? 'step' : undefined}
                  className={`survey-progress__section${complete ? ' is-complete' : ''}`}
                >
                  {/* The name comes from this text, not from aria-label, so what is shown
                      (number, count) never contradicts what is announced (WCAG 2.5.3). */}
                  <span className="visually-hidden">
                    {t('survey.sectionProgress', {
                      name,
                      answered: format.integer(done),
                      total: format.integer(section.itemIds.length),
                    })}
                  </span>
                  <span className="survey-progress__step" aria-hidden="true">
                    {format.integer(index + 1)}
                  </span>
                  <span className="survey-progress__name" aria-hidden="true">
                    {name}
                  </span>
                  <span className="survey-progress__count" aria-hidden="true">
                    {format.integer(done)}/{format.integer(section.itemIds.length)}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}
