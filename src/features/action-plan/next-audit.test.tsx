import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { pickDate, setUpI18n, shownDate } from '../../test-utils';
import { NextAudit } from './next-audit';

const TODAY = '2030-05-15';
const LEGEND = 'Date of the next audit';

beforeAll(async () => {
  await setUpI18n('en');
});

afterEach(async () => {
  await changeLanguage('en');
});

function renderNextAudit(current: string | null = null, suggested = '2030-08-13') {
  const onSave = vi.fn<(date: string | null) => Promise<void>>(async () => {});
  render(
    <NextAudit
      assessmentId="a-1"
      businessName="Corner Bakery"
      current={current}
      suggested={suggested}
      today={TODAY}
      onSave={onSave}
    />,
  );
  return onSave;
}

const setReminder = () => userEvent.click(screen.getByRole('button', { name: 'Set reminder' }));

describe('the next-audit form', () => {
  it('offers the suggested date and saves it', async () => {
    const onSave = renderNextAudit();
    expect(shownDate(LEGEND)).toBe('2030-08-13');
    expect(screen.getByTestId('next-audit-current')).toHaveTextContent('No reminder set.');
    await setReminder();
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('2030-08-13'));
  });

  it('saves a date picked today, the earliest allowed', async () => {
    const onSave = renderNextAudit();
    await pickDate(userEvent, LEGEND, TODAY);
    await setReminder();
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(TODAY));
  });

  it('refuses a day before today, says why, and puts focus on the date', async () => {
    const onSave = renderNextAudit();
    await pickDate(userEvent, LEGEND, '2030-05-14');
    await setReminder();
    const error = await screen.findByText('Choose today or a later date.');
    const first = screen.getByRole('group', { name: LEGEND }).querySelector('select')!;
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first.getAttribute('aria-describedby')).toContain(error.id);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses to save without a whole date', async () => {
    const onSave = renderNextAudit(null, '');
    await setReminder();
    expect(await screen.findByText('Enter a valid date.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('starts from the saved date and removes the reminder on request', async () => {
    const onSave = renderNextAudit('2030-06-01');
    expect(shownDate(LEGEND)).toBe('2030-06-01');
    await userEvent.click(screen.getByRole('button', { name: 'Remove reminder' }));
    expect(onSave).toHaveBeenCalledWith(null);
  });
});
