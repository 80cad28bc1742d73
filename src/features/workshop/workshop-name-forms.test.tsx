import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { createWorkshop } from '../../db/workshops';
import { setUpI18n } from '../../test-utils';
import { WorkshopPage } from './workshop-page';
import { WorkshopsPage } from './workshops-page';

beforeAll(async () => {
  await setUpI18n('en');
});

beforeEach(async () => {
  await db.workshops.clear();
  await db.participantBlocks.clear();
});

/** The workshop screens as the app routes them, starting at `path`. */
function renderWorkshops(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/workshops', element: <WorkshopsPage /> },
      { path: '/workshops/:id', element: <WorkshopPage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('creating a workshop', () => {
  it.each([
    ['no name', ''],
    ['only spaces', '   '],
    ['201 characters', 'x'.repeat(201)],
  ])('refuses %s, says why, and writes nothing', async (_case, typed) => {
    const user = userEvent.setup();
    renderWorkshops('/workshops');
    const field = await screen.findByLabelText('Workshop name');
    if (typed) {
      await user.click(field);
      await user.paste(typed);
    }
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter a name of up to 200 characters.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(await db.workshops.count()).toBe(0);
  });

  it('creates it under the trimmed name and opens it', async () => {
    const user = userEvent.setup();
    const router = renderWorkshops('/workshops');
    await user.type(await screen.findByLabelText('Workshop name'), '  Evening class  ');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await expect.poll(() => router.state.location.pathname).toMatch(/^\/workshops\/.+/);
    const [stored] = await db.workshops.toArray();
    expect(stored?.name).toBe('Evening class');
    expect(router.state.location.pathname).toBe(`/workshops/${stored?.id}`);
  });

  it('takes the error away once the name is accepted', async () => {
    const user = userEvent.setup();
    renderWorkshops('/workshops');
    const field = await screen.findByLabelText('Workshop name');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await screen.findByRole('alert');
    await user.type(field, 'Retail course');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});

describe('renaming a workshop', () => {
  async function startRenaming() {
    const id = await createWorkshop('Retail course');
    const user = userEvent.setup();
    renderWorkshops(`/workshops/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('New name');
    expect(field).toHaveValue('Retail course');
    return { id, user, field };
  }

  it('saves the trimmed name and shows it', async () => {
    const { id, user, field } = await startRenaming();
    await user.clear(field);
    await user.type(field, ' Retail course, spring ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Retail course, spring' }),
    ).toBeInTheDocument();
    expect((await db.workshops.get(id))?.name).toBe('Retail course, spring');
    expect(screen.queryByLabelText('New name')).not.toBeInTheDocument();
  });

  it('refuses an empty name and keeps the old one', async () => {
    const { id, user, field } = await startRenaming();
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter a name of up to 200 characters.',
    );
    expect((await db.workshops.get(id))?.name).toBe('Retail course');
  });

  it('cancelling forgets what was typed', async () => {
    const { user, field } = await startRenaming();
    await user.clear(field);
    await user.type(field, 'Something else');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByLabelText('New name')).toHaveValue('Retail course');
  });
});
