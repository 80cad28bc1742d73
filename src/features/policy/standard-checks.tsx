// The four checks of a standard as the owner types (seed 000): measurable, specific,
// time-bound, based on real experience. Each line says what passed, or what to add.
import { useTranslation } from 'react-i18next';
import type { StandardCheck } from '../../domain/service-standard';
import { useFormat } from '../../ui/use-format';
import { isolate } from '../../ui/user-text';

type Line = { key: string; ok: boolean; text: string };

export function StandardChecks({ check, id }: { check: StandardCheck; id: string }) {
  const { t } = useTranslation('policy');
  const format = useFormat();
  const { measurable, specific, timeBound, experience } = check;
  const lines: Line[] = [
    {
      key: 'measurable',
      ok: measurable.ok,
      text: measurable.ok
        ? t('standards.checks.measurableOk', {
            found: format.list(measurable.quantities.map((quantity) => isolate(quantity.text))),
          })
        : t(`standards.checks.${measurable.problem ?? 'noNumber'}`),
    },
    {
      key: 'specific',
      ok: specific.ok,
      text:
        specific.problem === null
          ? t('standards.checks.specificOk')
          : specific.problem === 'vague'
            ? t('standards.checks.vague', { words: format.list(specific.vague) })
            : t(`standards.checks.${specific.problem}`),
    },
    {
      key: 'timeBound',
      ok: timeBound.ok,
      text: timeBound.via ? t(`standards.checks.${timeBound.via}`) : t('standards.checks.noTime'),
    },
    {
      key: 'experience',
      ok: experience.ok,
      text:
        experience.problem === null
          ? t('standards.checks.experienceOk')
          : t(`standards.checks.${experience.problem}`),
    },
  ];
  return (
    <ul className="standard-checks" id={id} aria-label={t('standards.checksTitle')}>
      {lines.map((line) => (
        <li
          key={line.key}
          className={`standard-checks__item ${line.ok ? 'is-ok' : 'is-missing'}`}
          data-check={line.key}
          data-ok={line.ok}
        >
          <span className="standard-checks__mark" aria-hidden="true">
            {line.ok ? '✓' : '✗'}
          </span>
          <span>{line.text}</span>
        </li>
      ))}
    </ul>
  );
}
