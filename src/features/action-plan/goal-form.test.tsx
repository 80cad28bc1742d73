import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setUpI18n } from '../../test-utils';
import { GoalForm, type GoalFormResult } from './goal-form';

beforeAll(async () => {
  await setUpI18n('en');
});

const TODAY = '2030-05-15';

function renderForm(onSave = vi.fn<(goal: GoalFormResult) => Promise<void>>()) {
  render(
    <GoalForm
      idPrefix="test"
      today={TODAY}
      sectionId="feedback"
      sectionFixed
      defaultWhat="Keep a complaint log"
      title="New goal"
      onSave={onSave}
      onCancel={() => {}}
    />,
  );
  return onSave;
}

function errorOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('field__error'))
    .map((element) => element?.textContent ?? '')
    .join(' ');
}

describe('GoalForm', () => {
  it('explains a missing target and owner inline and focuses the first invalid field', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.type(screen.getByLabelText('Due date'), '2030-06-30');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));

    const number = screen.getByLabelText('Number');
    const unit = screen.getByLabelText('What is counted');
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(number)).toBe('Enter the target as a number, for example 90.');
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(unit)).toMatch(/^Say what the number counts/);
    expect(errorOf(screen.getByLabelText('Owner'))).toBe('Name the person responsible.');
    // The hint stays part of the description next to the error.
    expect(number).toHaveAccessibleDescription(/A number and what it counts.*Enter the target/);
    expect(number).toHaveFocus();
    // Valid fields are not marked, and nothing typed is lost.
    expect(screen.getByLabelText('What will be done')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('What will be done')).toHaveValue('Keep a complaint log');
    expect(screen.getByLabelText('Due date')).toHaveValue('2030-06-30');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('rejects a due date in the past and a missing what', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.clear(screen.getByLabelText('What will be done'));
    await user.type(screen.getByLabelText('Number'), '100');
    await user.type(screen.getByLabelText('What is counted'), '% of complaints logged');
    await user.type(screen.getByLabelText('Owner'), 'Ana');
    await user.type(screen.getByLabelText('Due date'), '2030-05-14');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));

    const due = screen.getByLabelText('Due date');
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(due)).toBe('The due date is in the past. Choose today or a later date.');
    expect(errorOf(screen.getByLabelText('What will be done'))).toBe('Say what will be done.');
    expect(screen.getByLabelText('What will be done')).toHaveFocus();
    expect(screen.getByLabelText('Number')).not.toHaveAttribute('aria-invalid');
    expect(onSave).not.toHaveBeenCalled();

    // Fixing the fields clears the messages and saves a typed, trimmed goal.
    await user.type(screen.getByLabelText('What will be done'), '  Keep a complaint log ');
    await user.clear(due);
    await user.type(due, TODAY);
    await user.selectOptions(screen.getByLabelText('Status'), 'In progress');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(onSave).toHaveBeenCalledWith({
      what: 'Keep a complaint log',
      targetValue: 100,
      targetUnit: '% of complaints logged',
      owner: 'Ana',
      dueDate: TODAY,
      status: 'inProgress',
      sectionId: 'feedback',
    });
    expect(due).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/in the past/)).not.toBeInTheDocument();
  });

  it('shows a storage failure instead of losing the goal', async () => {
    const user = userEvent.setup();
    renderForm(vi.fn().mockRejectedValue(new Error('the device is full')));
    await user.type(screen.getByLabelText('Number'), '3');
    await user.type(screen.getByLabelText('What is counted'), 'days to answer a complaint');
    await user.type(screen.getByLabelText('Owner'), 'Ana');
    await user.type(screen.getByLabelText('Due date'), '2030-06-30');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the device is full');
    expect(screen.getByLabelText('What is counted')).toHaveValue('days to answer a complaint');
  });
});
