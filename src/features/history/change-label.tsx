// A change between two scores: an arrow and a signed number, never colour alone; screen
// readers hear it in words ("Up 2"). Compact, so the change column fits a phone.
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../domain/compare';
import { useFormat } from '../../ui/use-format';

const SYMBOLS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };

export function ChangeLabel({ direction, change }: { direction: Direction; change: number }) {
  const { t } = useTranslation('history');
  const format = useFormat();
  return (
    <span className={`change change--${direction}`}>
      <span aria-hidden="true">
        <span className="change__symbol">{SYMBOLS[direction]}</span>{' '}
        <bdi dir="ltr">{format.change(change)}</bdi>
      </span>
      <span className="visually-hidden">
        {t(`change.${direction}`, { value: format.score(Math.abs(change)) })}
      </span>
    </span>
  );
}
