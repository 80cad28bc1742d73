import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { pickDate, setUpI18n, shownDate } from '../../test-utils';
import { GoalForm, type GoalFormResult } from './goal-form';
import { StorageError } from '../../db/storage-errors';

beforeAll(async () => {
  await setUpI18n('en');
});

const TODAY = '2030-05-15';

afterEach(async () => {
  await changeLanguage('en');
});

function renderForm(
  onSave = vi.fn<(goal: GoalFormResult) => Promise<void>>(),
  initial?: Parameters<typeof GoalForm>[0]['initial'],
  defaults: { owner?: string; dueDate?: string } = {},
) {
  render(
    <GoalForm
      idPrefix="test"
      today={TODAY}
      sectionId="feedback"
      sectionFixed
      defaultWhat="Keep a complaint log"
      defaultOwner={defaults.owner}
      defaultDueDate={defaults.dueDate}
      initial={initial}
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

// Picking a date takes three list choices; jsdom is slow at them under load.
describe('GoalForm', { timeout: 20_000 }, () => {
  it('explains a missing target inline and focuses the first invalid field', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await pickDate(user, 'Due date', '2030-06-30');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));

    const number = screen.getByLabelText('Number');
    const unit = screen.getByLabelText('What is counted');
    await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'));
    expect(errorOf(number)).toBe('Enter the target as a number, for example 90.');
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(unit)).toMatch(/^Say what the number counts/);
    // The owner is optional (a one-person business has no one else to name).
    expect(screen.getByLabelText('Owner')).not.toHaveAttribute('aria-invalid');
    // The hint stays part of the description next to the error.
    expect(number).toHaveAccessibleDescription(/A number and what it counts.*Enter the target/);
    expect(number).toHaveFocus();
    // Valid fields are not marked, and nothing typed is lost.
    expect(screen.getByLabelText('What will be done')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('What will be done')).toHaveValue('Keep a complaint log');
    expect(shownDate('Due date')).toBe('2030-06-30');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('needs no typing beyond the target: owner and due date come prefilled', async () => {
    const user = userEvent.setup();
    const onSave = renderForm(undefined, undefined, { owner: 'Aisha', dueDate: '2030-08-13' });
    expect(screen.getByLabelText('Owner')).toHaveValue('Aisha');
    expect(shownDate('Due date')).toBe('2030-08-13');
    expect(screen.getByRole('group', { name: 'Due date' })).toHaveAccessibleDescription(
      'August 13, 2030',
    );
    await user.type(screen.getByLabelText('Number'), '90');
    await user.type(screen.getByLabelText('What is counted'), '% of calls answered');
    await user.clear(screen.getByLabelText('Owner'));
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ owner: '', dueDate: '2030-08-13', targetValue: 90 }),
    );
  });

  it('refuses a date with only some of day, month and year chosen', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.type(screen.getByLabelText('Number'), '90');
    await user.type(screen.getByLabelText('What is counted'), '% of calls');
    await user.selectOptions(screen.getByLabelText('Year'), '2031');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await waitFor(() =>
      expect(screen.getAllByText(/./, { selector: '.field__error' }).length).toBeGreaterThan(0),
    );
    expect(errorOf(screen.getByLabelText('Month'))).toBe('Enter a valid date.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('rejects a due date in the past and a missing what', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.clear(screen.getByLabelText('What will be done'));
    await user.type(screen.getByLabelText('Number'), '100');
    await user.type(screen.getByLabelText('What is counted'), '% of complaints logged');
    await user.type(screen.getByLabelText('Owner'), 'Ana');
    await pickDate(user, 'Due date', '2030-05-14');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));

    const due = screen.getByLabelText('Day');
    await waitFor(() => expect(due).toHaveAttribute('aria-invalid', 'true'));
    expect(errorOf(due)).toBe('The due date is in the past. Choose today or a later date.');
    expect(errorOf(screen.getByLabelText('What will be done'))).toBe('Say what will be done.');
    expect(screen.getByLabelText('What will be done')).toHaveFocus();
    expect(screen.getByLabelText('Number')).not.toHaveAttribute('aria-invalid');
    expect(onSave).not.toHaveBeenCalled();

    // Fixing the fields clears the messages and saves a typed, trimmed goal.
    await user.type(screen.getByLabelText('What will be done'), '  Keep a complaint log ');
    await pickDate(user, 'Due date', TODAY);
    await user.selectOptions(screen.getByLabelText('Status'), 'In progress');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
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
    renderForm(vi.fn().mockRejectedValue(new StorageError('quota', 'QuotaExceededError')));
    await user.type(screen.getByLabelText('Number'), '3');
    await user.type(screen.getByLabelText('What is counted'), 'days to answer a complaint');
    await user.type(screen.getByLabelText('Owner'), 'Ana');
    await pickDate(user, 'Due date', '2030-06-30');
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    // Translated, never the browser's English text.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The change could not be saved: the device is out of storage space.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('QuotaExceededError');
    expect(screen.getByLabelText('What is counted')).toHaveValue('days to answer a complaint');
  });

  it.each([
    ['sk', '2,5', 2.5],
    ['id', '2,5', 2.5],
    ['en', '2.5', 2.5],
    ['fa', '۹۰', 90],
    ['fa', '۲٫۵', 2.5],
    ['fa', '٩٠', 90],
  ] as const)('in %s, the target %j is saved as the number %d', async (language, typed, value) => {
    await changeLanguage(language);
    const user = userEvent.setup();
    const onSave = renderForm();
    const fields = document.querySelectorAll<HTMLInputElement>('input');
    const [number, unit, owner] = ['targetValue', 'targetUnit', 'owner'].map((name) =>
      [...fields].find((field) => field.id === `test-${name}`)!,
    );
    expect(number).toHaveAttribute('type', 'text');
    expect(number).toHaveAttribute('inputmode', 'decimal');
    await user.type(number!, typed);
    await user.type(unit!, 'x');
    await user.type(owner!, 'Ana');
    await pickDate(user, screen.getByTestId('date-field'), '2030-06-30');
    await user.click(screen.getAllByRole('button')[0]!);
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ targetValue: value }));
  });

  it('explains, in Persian, a target that is not a number and keeps what was typed', async () => {
    await changeLanguage('fa');
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.type(screen.getByLabelText('عدد'), 'نود');
    await user.type(screen.getByLabelText('چه چیزی شمرده می‌شود'), '٪ تماس‌ها');
    await user.type(screen.getByLabelText('مسئول'), 'آنا');
    await pickDate(user, 'مهلت انجام', '2030-06-30');
    await user.click(screen.getByRole('button', { name: 'افزودن هدف' }));
    const number = screen.getByLabelText('عدد');
    await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'));
    expect(errorOf(number)).toBe('مقدار هدف باید عدد باشد، برای مثال ۹۰ یا ۲٫۵.');
    expect(number).toHaveFocus();
    expect(number).toHaveValue('نود');
    expect(onSave).not.toHaveBeenCalled();
  });

  describe('editing a saved goal', () => {
    const saved = {
      what: 'Answer calls faster',
      targetValue: 2.5,
      targetUnit: 'minutes on average',
      owner: 'Ben',
      dueDate: '2030-04-01',
      status: 'done',
    } as const;

    it('is prefilled, keeps the status and an overdue date, refuses another past date', async () => {
      const user = userEvent.setup();
      const onSave = renderForm(undefined, saved);
      expect(screen.getByLabelText('What will be done')).toHaveValue('Answer calls faster');
      expect(screen.getByLabelText('Number')).toHaveValue('2.5');
      expect(screen.getByLabelText('What is counted')).toHaveValue('minutes on average');
      expect(screen.getByLabelText('Owner')).toHaveValue('Ben');
      expect(shownDate('Due date')).toBe('2030-04-01');
      expect(screen.queryByLabelText('Status')).not.toBeInTheDocument();
      await waitFor(() => expect(screen.getByLabelText('What will be done')).toHaveFocus());

      await pickDate(user, 'Due date', '2030-04-02');
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      const due = screen.getByLabelText('Day');
      await waitFor(() => expect(due).toHaveAttribute('aria-invalid', 'true'));
      expect(errorOf(due)).toBe(
        "This goal's due date has passed. You can keep its current date, or choose today or a later date.",
      );
      expect(onSave).not.toHaveBeenCalled();

      await pickDate(user, 'Due date', '2030-04-01');
      await user.clear(screen.getByLabelText('Number'));
      await user.type(screen.getByLabelText('Number'), '3,5');
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      await waitFor(() => expect(onSave).toHaveBeenCalled());
      expect(onSave).toHaveBeenCalledWith({
        ...saved,
        targetValue: 3.5,
        sectionId: 'feedback',
      });
    });

    it('shows a saved target in Persian digits', async () => {
      await changeLanguage('fa');
      renderForm(undefined, { ...saved, targetValue: 90 });
      expect(screen.getByLabelText('عدد')).toHaveValue('۹۰');
      expect(screen.getByRole('button', { name: 'ذخیرهٔ تغییرات' })).toBeInTheDocument();
    });
  });
});
