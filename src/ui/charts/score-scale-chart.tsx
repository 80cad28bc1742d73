// The total on the 7–35 scale with the three band zones behind it.
//
// Drawn with HTML and CSS, not recharts (issue 16): it is one bar on a fixed scale, and it
// is the chart a shared link shows first. Drawn by recharts it cost a phone's main thread
// about a second (Lighthouse, 4× CPU slowdown: TBT 0.9–1.1 s with it, 0.2–0.6 s without),
// and the page's own layout does what recharts computed: positions are shares of the
// scale's width on the inline axis, so a right-to-left page mirrors the scale by itself.
import type { CSSProperties } from 'react';
import { TOTAL_MAX, TOTAL_MIN } from '../../domain/scoring';
import { BAND_COLORS, BAND_ZONES } from './band-colors';

export type ScoreScaleChartProps = {
  /** The total to draw (7–35; an average may have decimals). */
  total: number;
  zoneLabels: { atRisk: string; adequate: string; asset: string };
  formatNumber: (value: number) => string;
  /** Type size in pixels (projector slides scale it to the screen); 13 by default. */
  fontSize?: number;
};

const TICKS = [7, 14, 21, 28, 35];
/** From this total on, the number goes inside the bar's end so it never leaves the chart. */
const LABEL_INSIDE_FROM = 30;

/** Where a total sits along the scale, as a share of its width (0–100 %). */
function scalePosition(total: number): number {
  const clamped = Math.min(TOTAL_MAX, Math.max(TOTAL_MIN, total));
  return ((clamped - TOTAL_MIN) / (TOTAL_MAX - TOTAL_MIN)) * 100;
}

const percent = (share: number) => `${share}%`;

export function ScoreScaleChart({
  total,
  zoneLabels,
  formatNumber,
  fontSize,
}: ScoreScaleChartProps) {
  const inside = total >= LABEL_INSIDE_FROM;
  const style = fontSize ? ({ '--scale-font': `${fontSize}px` } as CSSProperties) : undefined;
  return (
    <div className="score-scale" style={style}>
      <div className="score-scale__plot">
        {BAND_ZONES.map((zone) => (
          <div
            key={zone.band}
            className="score-scale__zone"
            data-band={zone.band}
            style={{
              insetInlineStart: percent(scalePosition(zone.from)),
              inlineSize: percent(scalePosition(zone.to) - scalePosition(zone.from)),
              backgroundColor: BAND_COLORS[zone.band],
            }}
          >
            <span>{zoneLabels[zone.band]}</span>
          </div>
        ))}
        {TICKS.map((tick) => (
          <div
            key={tick}
            className="score-scale__grid"
            style={{ insetInlineStart: percent(scalePosition(tick)) }}
          />
        ))}
        <div className="score-scale__bar" style={{ inlineSize: percent(scalePosition(total)) }}>
          <span
            className={
              inside ? 'score-scale__total score-scale__total--inside' : 'score-scale__total'
            }
          >
            {formatNumber(total)}
          </span>
        </div>
      </div>
      <div className="score-scale__axis">
        {TICKS.map((tick) => (
          <span
            key={tick}
            className="score-scale__tick"
            style={{ insetInlineStart: percent(scalePosition(tick)) }}
          >
            <span>{formatNumber(tick)}</span>
          </span>
        ))}
      </div>
    </div>
  );
}
