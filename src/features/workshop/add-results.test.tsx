import { render, screen, within } from '@testing-library/react';
import { countParticipants } from '../../db/participant-store';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { createWorkshop } from '../../db/workshops';
import { ITEM_IDS, type AnswerValue } from '../../domain/instrument';
import { encodeShareCode, shareLink, type CompleteAnswers } from '../../domain/share-code';
import { setUpI18n } from '../../test-utils';
import { AddResults } from './add-results';

const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 3 as AnswerValue])) as CompleteAnswers;
const GOOD = shareLink('https://c.example', encodeShareCode({ answers, assessmentId: 'ana' }));
const CUT = GOOD.slice(0, -4);

beforeAll(async () => {
  await setUpI18n('en');
});

beforeEach(async () => {
  await Promise.all([db.workshops.clear(), db.participantBlocks.clear()]);
});

describe('pasting links into a workshop', () => {
  it('adds links found in chat lines, quotes the unreadable one and keeps only its line', async () => {
    const id = await createWorkshop('Evening class');
    const workshop = (await db.workshops.get(id))!;
    render(<AddResults workshop={workshop} count={0} />);
    const box = screen.getByLabelText('Share links or chat messages with links');
    const paste = [`[10:41] Ana: ${GOOD} thanks!`, 'see you tomorrow', `Budi: ${CUT} (sorry)`];
    await userEvent.click(box);
    await userEvent.paste(paste.join('\n'));
    await userEvent.click(screen.getByRole('button', { name: 'Add links' }));

    expect(await screen.findByTestId('add-outcome')).toHaveTextContent(
      '1 added, 0 skipped as duplicates.',
    );
    const problems = screen.getByTestId('add-problems');
    const [item] = within(problems).getAllByRole('listitem');
    // The link as it stood in the line, isolated left to right, then the reason.
    expect(item).toHaveTextContent(`${CUT}: the link is incomplete`);
    expect(item!.querySelector('bdi[dir="ltr"]')).toHaveTextContent(CUT);
    expect(screen.getByText('1 line held no share link and was left out.')).toBeVisible();
    expect(box).toHaveValue(`Budi: ${CUT} (sorry)`);
    expect(await countParticipants()).toBe(1);
  });

  it('says so when the text holds no link at all', async () => {
    const id = await createWorkshop('Morning');
    render(<AddResults workshop={(await db.workshops.get(id))!} count={0} />);
    await userEvent.type(
      screen.getByLabelText('Share links or chat messages with links'),
      'hello everyone',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add links' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No share link or code was found in the text.',
    );
  });
});
