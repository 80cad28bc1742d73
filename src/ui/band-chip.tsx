// A band's name in its colour (at risk, adequate, asset): the one markup for it on every
// screen, so the colours, the print style and the wording change in one place.
import { useTranslation } from 'react-i18next';
import type { Band } from '../domain/scoring';

type Props = {
  band: Band;
  /** Emphasised (a <strong>), as in a verdict; otherwise a plain chip. */
  strong?: boolean;
  testId?: string;
};

export function BandChip({ band, strong = false, testId }: Props) {
  const { t } = useTranslation('instrument');
  const Element = strong ? 'strong' : 'span';
  return (
    <Element className={`band-chip band-chip--${band}`} data-testid={testId}>
      {t(`bands.${band}.name`)}
    </Element>
  );
}
