// "17 of 30 in" (or "17 in" when the trainer has not said how many to expect): how many
// results have arrived, on the scanner, the invite and the projector's first slide.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/use-format';

type Props = { count: number; expected: number | undefined; className?: string };

export function ArrivalCount({ count, expected, className }: Props) {
  const { t } = useTranslation('workshop');
  const format = useFormat();
  const formattedCount = format.integer(count);
  return (
    <p className={className} data-testid="arrival-count">
      {expected
        ? t('scan.countOf', { count, formattedCount, expected: format.integer(expected) })
        : t('scan.countIn', { count, formattedCount })}
    </p>
  );
}
