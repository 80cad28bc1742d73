// A change between two scores: an arrow symbol AND words, never colour alone.
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../domain/compare';
import { useFormat } from '../../ui/use-format';

const SYMBOLS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };

export function ChangeLabel({ direction, change }: { direction: Direction; change: number }) {
  const { t } = useTranslation('history');
  const format = useFormat();
  return (
    <span className={`change change--${direction}`}>
      <span className="change__symbol" aria-hidden="true">
        {SYMBOLS[direction]}
      </span>{' '}
      {t(`change.${direction}`, { value: format.score(Math.abs(change)) })}
    </span>
  );
}
