import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { render } from '@testing-library/react';
import { db } from '../../db/database';
import { setUpI18n } from '../../test-utils';
import { JoinPage } from './join-page';

function renderInvite(hash: string) {
  const router = createMemoryRouter(
    [
      { path: '/j', element: <JoinPage /> },
      { path: '/a/:id/survey/:step', element: <p>survey</p> },
      { path: '/a/:id', element: <p>resume</p> },
      { path: '/a/:id/show', element: <p>show</p> },
    ],
    { initialEntries: [`/j${hash}`] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

beforeAll(async () => {
  await setUpI18n('en');
});

beforeEach(async () => {
  await db.assessments.clear();
});

describe('joining a workshop from its invite', () => {
  it('shows the workshop, starts the audit with the seat number and remembers the invite', async () => {
    const router = renderInvite('#k7qx/Evening%20class');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Join “Evening class”');
    await userEvent.type(screen.getByLabelText(/Your first name or seat number/), 'Seat 12');
    await userEvent.click(screen.getByRole('button', { name: 'Start the audit' }));
    expect(await screen.findByText('survey')).toBeVisible();
    const [stored] = await db.assessments.toArray();
    expect(stored).toMatchObject({
      respondent: 'Seat 12',
      businessName: '',
      context: 'Evening class',
      invite: { tag: 'K7QX', workshopName: 'Evening class' },
    });
    expect(router.state.location.pathname).toBe(`/a/${stored!.id}/survey/1`);
  });

  it('works from the short typed address (no name) and stays anonymous when left empty', async () => {
    renderInvite('#K7QX');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Join workshop K7QX');
    await userEvent.click(screen.getByRole('button', { name: 'Start the audit' }));
    expect(await screen.findByText('survey')).toBeVisible();
    expect(await db.assessments.toArray()).toMatchObject([
      { respondent: '', invite: { tag: 'K7QX', workshopName: '' } },
    ]);
  });

  it('offers to go on with an audit this phone started for the same workshop', async () => {
    await db.assessments.add({
      id: 'earlier',
      businessName: '',
      respondent: 'Seat 3',
      context: 'Evening class',
      locale: 'en',
      answers: { 'culture.1': 4 },
      notes: {},
      createdAt: 1,
      updatedAt: 1,
      completedAt: null,
      invite: { tag: 'K7QX', workshopName: 'Evening class' },
    });
    renderInvite('#K7QX/Evening%20class');
    expect(
      await screen.findByText('You already started this workshop’s audit on this phone.'),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Continue it' }));
    expect(await screen.findByText('resume')).toBeVisible();
  });

  it('explains an invite link without a workshop code', () => {
    renderInvite('#ab');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'This invite link is incomplete',
    );
  });
});
