import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpI18n } from '../test-utils';
import { BandChip } from './band-chip';

beforeAll(async () => {
  await setUpI18n('en');
});

describe('BandChip', () => {
  it.each([
    ['atRisk', 'At risk'],
    ['adequate', 'Adequate'],
    ['asset', 'An asset'],
  ] as const)('names %s in its colour class', (band, name) => {
    render(<BandChip band={band} testId="chip" />);
    const chip = screen.getByTestId('chip');
    expect(chip).toHaveTextContent(name);
    expect(chip).toHaveClass('band-chip', `band-chip--${band}`);
    expect(chip.tagName).toBe('SPAN');
  });

  it('is emphasised when strong', () => {
    render(<BandChip band="asset" strong />);
    expect(screen.getByText('An asset').tagName).toBe('STRONG');
  });
});
