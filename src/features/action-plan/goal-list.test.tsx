import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../domain/action-plan';
import { setUpI18n } from '../../test-utils';
import type { GoalFormResult } from './goal-form';
import { GoalList } from './goal-list';

beforeAll(async () => {
  await setUpI18n('en');
});

const goals: Goal[] = [
  {
    id: 'g1',
    sectionId: 'accessibility',
    adviceId: 'accessibility.responseTimes',
    what: 'Answer calls faster',
    targetValue: 90,
    targetUnit: '% of calls answered within 2 minutes',
    owner: 'Ana',
    dueDate: '2030-06-30',
    status: 'inProgress',
    createdAt: 1,
    updatedAt: 1,
  },
  {
    id: 'g2',
    sectionId: 'feedback',
    adviceId: null,
    what: 'Keep a complaint log',
    targetValue: 100,
    targetUnit: '% of complaints logged',
    owner: 'Ben',
    dueDate: '2030-07-31',
    status: 'planned',
    createdAt: 2,
    updatedAt: 2,
  },
];

function renderList(onEdit = vi.fn<(goal: Goal, values: GoalFormResult) => Promise<void>>()) {
  render(
    <GoalList
      goals={goals}
      today="2030-05-15"
      onStatusChange={() => {}}
      onRemove={() => {}}
      onEdit={onEdit}
    />,
  );
  return onEdit;
}

describe('GoalList editing', () => {
  it('opens a prefilled form, saves the change and returns focus to the goal', async () => {
    const user = userEvent.setup();
    const onEdit = renderList();
    const edit = screen.getByRole('button', { name: /^Edit ?Answer calls faster$/ });
    await user.click(edit);

    const form = screen.getByRole('form', { name: 'Edit goal' });
    await waitFor(() => expect(screen.getByLabelText('What will be done')).toHaveFocus());
    // A goal made from advice keeps its section; only one form is open.
    expect(screen.queryByLabelText('Section')).not.toBeInTheDocument();
    expect(screen.getAllByRole('form')).toHaveLength(1);
    expect(form).toContainElement(screen.getByLabelText('Number'));
    expect(screen.getByLabelText('Number')).toHaveValue('90');

    await user.clear(screen.getByLabelText('Owner'));
    await user.type(screen.getByLabelText('Owner'), 'Chris');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onEdit).toHaveBeenCalledWith(goals[0], {
      what: 'Answer calls faster',
      targetValue: 90,
      targetUnit: '% of calls answered within 2 minutes',
      owner: 'Chris',
      dueDate: '2030-06-30',
      status: 'inProgress',
      sectionId: 'accessibility',
    });
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Edit ?Answer calls faster$/ })).toHaveFocus(),
    );
  });

  it('lets a goal of the user’s own change section; cancel returns focus', async () => {
    const user = userEvent.setup();
    const onEdit = renderList();
    await user.click(screen.getByRole('button', { name: /^Edit ?Keep a complaint log$/ }));
    expect(screen.getByLabelText('Section')).toHaveValue('feedback');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Edit ?Keep a complaint log$/ })).toHaveFocus(),
    );
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('keeps the form open with the reason when saving fails', async () => {
    const user = userEvent.setup();
    renderList(vi.fn().mockRejectedValue(new Error('dueDatePast')));
    await user.click(screen.getByRole('button', { name: /^Edit ?Answer calls faster$/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The due date is in the past. Choose today or a later date.',
    );
    expect(screen.getByRole('form', { name: 'Edit goal' })).toBeInTheDocument();
  });
});
