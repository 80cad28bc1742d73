// The service recovery guide (seed 001's H.E.A.R.D. with seed 003's four steps for
// staff; escalation from seed 002), shown at the moment a complaint is logged and on the
// complaint itself. Each step is a checkbox: in the entry form it is part of what is
// saved, on a saved complaint each tick is saved at once.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOVERY_STEPS, type RecoveryStep } from '../../domain/complaints';
import { useFormat } from '../../ui/use-format';

type Props = {
  checked: readonly RecoveryStep[];
  onToggle: (step: RecoveryStep, done: boolean) => void;
  /** Heading level that fits the page's outline. */
  headingLevel?: 2 | 3;
};

export function RecoveryGuide({ checked, onToggle, headingLevel = 2 }: Props) {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const done = new Set(checked);
  return (
    <section className="recovery-guide" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="recovery-guide__title">
        {t('guide.title')}
      </Heading>
      <p className="recovery-guide__intro">{t('guide.intro')}</p>
      <p className="recovery-guide__progress muted">
        {t('guide.progress', {
          done: format.integer(done.size),
          total: format.integer(RECOVERY_STEPS.length),
        })}
      </p>
      <ol className="recovery-guide__steps">
        {RECOVERY_STEPS.map((step) => (
          <li key={step} className="recovery-guide__step">
            <input
              type="checkbox"
              id={`${id}-${step}`}
              checked={done.has(step)}
              aria-describedby={`${id}-${step}-text`}
              onChange={(event) => onToggle(step, event.target.checked)}
            />
            <label htmlFor={`${id}-${step}`}>
              <span className="recovery-guide__name">{t(`guide.steps.${step}.name`)}</span>
            </label>
            <p id={`${id}-${step}-text`} className="recovery-guide__text">
              {t(`guide.steps.${step}.text`)}
            </p>
          </li>
        ))}
      </ol>
      <div className="recovery-guide__escalation notice notice--warning">
        <p className="recovery-guide__escalation-title">
          <strong>{t('guide.escalationTitle')}</strong>
        </p>
        <p>{t('guide.escalation')}</p>
      </div>
    </section>
  );
}
