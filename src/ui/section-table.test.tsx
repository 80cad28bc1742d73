import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_IDS, type AnswerValue } from '../domain/instrument';
import { scoreAnswers } from '../domain/scoring';
import { setUpI18n } from '../test-utils';
import { SectionTable } from './section-table';

beforeAll(async () => {
  await setUpI18n('en');
});

const score = scoreAnswers(
  Object.fromEntries(
    ITEM_IDS.map((id) => [id, (id.startsWith('feedback') ? 2 : 4) as AnswerValue]),
  ),
);

describe('SectionTable', () => {
  it('lists the seven sections with size, average, a bar and the weakest marked', () => {
    render(<SectionTable score={score} weakest={['feedback']} />);
    const table = screen.getByRole('table', { name: /section averages/i });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 7);
    expect(within(table).getByRole('row', { name: /customer feedback/i })).toHaveTextContent(
      /Weakest.*2/,
    );
    expect(table.querySelectorAll('.meter')).toHaveLength(7);
    expect(within(table).queryByRole('row', { name: /^total/i })).not.toBeInTheDocument();
  });

  it('leaves the bars out and adds the total row when asked', () => {
    render(
      <SectionTable score={score} weakest={[]} bars={false} totalRow className="report__table" />,
    );
    const table = screen.getByRole('table');
    expect(table).toHaveClass('section-table', 'report__table');
    expect(table.querySelectorAll('.meter, .bar-col')).toHaveLength(0);
    expect(within(table).getByRole('row', { name: /^total/i })).toHaveTextContent('26');
  });
});
