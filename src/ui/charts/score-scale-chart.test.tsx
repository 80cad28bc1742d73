// The total's scale, drawn with HTML: where the zones, the bar and the ticks sit along the
// scale (as shares of its width), and when the total is written inside the bar.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScoreScaleChart } from './score-scale-chart';

const zoneLabels = { atRisk: 'At risk', adequate: 'Adequate', asset: 'Asset' };

function draw(total: number, fontSize?: number) {
  const { container } = render(
    <ScoreScaleChart
      total={total}
      zoneLabels={zoneLabels}
      formatNumber={(value) => `n${value}`}
      {...(fontSize === undefined ? {} : { fontSize })}
    />,
  );
  const all = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
  return {
    container,
    all,
    bar: all('.score-scale__bar')[0]!,
    label: all('.score-scale__total')[0]!,
  };
}

describe('ScoreScaleChart', () => {
  it('lays the three band zones along the scale at the thresholds 21 and 28', () => {
    const zones = draw(20).all('.score-scale__zone');
    expect(
      zones.map((zone) => [
        zone.dataset.band,
        zone.textContent,
        zone.style.insetInlineStart,
        zone.style.inlineSize,
      ]),
    ).toEqual([
      ['atRisk', 'At risk', '0%', '50%'],
      ['adequate', 'Adequate', '50%', '25%'],
      ['asset', 'Asset', '75%', '25%'],
    ]);
  });

  it('writes the five ticks with the number format, evenly along the scale', () => {
    const ticks = draw(20).all('.score-scale__tick');
    expect(ticks.map((tick) => [tick.textContent, tick.style.insetInlineStart])).toEqual([
      ['n7', '0%'],
      ['n14', '25%'],
      ['n21', '50%'],
      ['n28', '75%'],
      ['n35', '100%'],
    ]);
  });

  it.each([
    [7, '0%'],
    [14, '25%'],
    [21.7, '52.5%'],
    [35, '100%'],
  ])('draws the bar of total %s to %s of the scale', (total, width) => {
    const { bar, label } = draw(total);
    expect(bar.style.inlineSize).toBe(width);
    expect(label).toHaveTextContent(`n${total}`);
  });

  it.each([
    [29.99, false],
    [30, true],
    [35, true],
  ])('writes a total of %s inside the bar: %s', (total, inside) => {
    expect(draw(total).label.classList.contains('score-scale__total--inside')).toBe(inside);
  });

  it('takes a type size for the projector', () => {
    const root = (fontSize?: number) =>
      draw(20, fontSize).container.querySelector<HTMLElement>('.score-scale')!;
    expect(root(32).style.getPropertyValue('--scale-font')).toBe('32px');
    expect(root().style.getPropertyValue('--scale-font')).toBe('');
  });
});
