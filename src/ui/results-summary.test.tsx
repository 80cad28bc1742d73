import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_IDS, type Answers } from '../domain/instrument';
import { renderAt, setUpI18n } from '../test-utils';
import { ResultsSummary } from './results-summary';

beforeAll(async () => {
  await setUpI18n('en');
});

function answers(overrides: Answers, fill: 1 | 2 | 3 | 4 | 5): Answers {
  return { ...Object.fromEntries(ITEM_IDS.map((id) => [id, fill])), ...overrides };
}

describe('ResultsSummary', () => {
  it('renders total, band, meaning and the section table for a known answer set', () => {
    // culture 4, products 4, feedback (5+5+4)/3, knowledge 4, accessibility 4,
    // staff 4, improvement (4+4+3)/3 → total 28 + 2/3 − 1/3 = 28.33 → asset
    renderAt(
      <ResultsSummary
        answers={answers({ 'feedback.1': 5, 'feedback.2': 5, 'improvement.3': 3 }, 4)}
      />,
    );
    expect(screen.getByTestId('total')).toHaveTextContent('28.33');
    expect(screen.getByTestId('band')).toHaveTextContent('An asset');
    expect(screen.getByText(/one of your strengths/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /section averages/i });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(within(table).getByRole('row', { name: /customer feedback/i })).toHaveTextContent(
      '4.67',
    );
    expect(within(table).getByRole('row', { name: /continuous improvement/i })).toHaveTextContent(
      '3.67',
    );
    // The weakest section is highlighted in the table and listed.
    expect(within(table).getByRole('row', { name: /continuous improvement/i })).toHaveTextContent(
      /weakest/i,
    );
    const weakest = screen.getByRole('region', { name: /work on these first/i });
    expect(weakest).toHaveTextContent('Continuous improvement');
  });

  it.each([
    [3, '21', 'Adequate'],
    [2, '14', 'At risk'],
  ] as const)('all %i → %s, %s', (value, total, band) => {
    renderAt(<ResultsSummary answers={answers({}, value)} />);
    expect(screen.getByTestId('total')).toHaveTextContent(total);
    expect(screen.getByTestId('band')).toHaveTextContent(band);
  });

  it('renders nothing for an incomplete answer set', () => {
    const partial = answers({}, 3);
    delete partial['staff.2'];
    const { container } = renderAt(<ResultsSummary answers={partial} />);
    expect(container).toBeEmptyDOMElement();
  });
});
