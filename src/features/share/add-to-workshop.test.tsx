import { screen, waitFor } from '@testing-library/react';
import { countParticipants, readAllParticipants } from '../../db/participant-store';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { createWorkshop } from '../../db/workshops';
import { ITEM_IDS, type AnswerValue } from '../../domain/instrument';
import { encodeShareCode, resultIdFor } from '../../domain/share-code';
import { renderAt, setUpI18n } from '../../test-utils';
import { SharePage } from './share-page';

const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 4 as AnswerValue]));
const code = encodeShareCode({ answers, assessmentId: 'shared-1' });

beforeAll(async () => {
  await setUpI18n('en');
});

beforeEach(async () => {
  await db.workshops.clear();
  await db.participantBlocks.clear();
});

async function openShared() {
  const user = userEvent.setup();
  renderAt(<SharePage />, '/s', `/s#${code}`);
  // The form loads when asked for (share-page.tsx): its first import can be slow here.
  const open = await screen.findByRole('button', { name: 'Choose a workshop' });
  expect(open).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByLabelText('Workshop')).toBeNull();
  await user.click(open);
  await waitFor(() => expect(screen.getByLabelText('Workshop')).toHaveFocus(), {
    timeout: 15_000,
  });
  return user;
}

describe('adding a shared result to a new workshop', () => {
  it('asks for a name first and writes nothing without one', async () => {
    const user = await openShared();
    const field = await screen.findByLabelText('Name of the new workshop');
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Add to workshop' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter a name for the new workshop.',
    );
    expect(field).toHaveFocus();
    expect(await db.workshops.count()).toBe(0);
    expect(await countParticipants()).toBe(0);
  });

  it('creates the workshop under the trimmed name with the result in it', async () => {
    const user = await openShared();
    await user.type(await screen.findByLabelText('Name of the new workshop'), ' Evening class ');
    await user.click(screen.getByRole('button', { name: 'Add to workshop' }));
    expect(await screen.findByRole('status', {}, { timeout: 5_000 })).toHaveTextContent(
      'Added to “Evening class”.',
    );
    const [workshop] = await db.workshops.toArray();
    expect(workshop?.name).toBe('Evening class');
    const [participant] = await readAllParticipants();
    expect(participant).toMatchObject({
      workshopId: workshop?.id,
      fingerprint: `result:${resultIdFor('shared-1')}`,
    });
    // The new workshop is now the one chosen (once the live list of workshops holds it:
    // it can lag the save), and the name field is gone.
    await waitFor(() => expect(screen.getByLabelText('Workshop')).toHaveValue(workshop?.id));
    expect(screen.queryByLabelText('Name of the new workshop')).not.toBeInTheDocument();
  });

  it('needs no name for a workshop that exists', async () => {
    const id = await createWorkshop('Retail course');
    const user = await openShared();
    await expect
      .poll(() => (screen.getByLabelText('Workshop') as HTMLSelectElement).value)
      .toBe(id);
    expect(screen.queryByLabelText('Name of the new workshop')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to workshop' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Added to “Retail course”.');
    expect(await db.workshops.count()).toBe(1);
    expect(await countParticipants(id)).toBe(1);
  });
});
