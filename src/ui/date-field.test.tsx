import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n/i18n';
import type { LanguageCode } from '../i18n/languages';
import { setUpI18n } from '../test-utils';
import { DateField, INCOMPLETE_DATE } from './date-field';

beforeAll(async () => {
  await setUpI18n('en');
});

afterAll(async () => {
  await changeLanguage('en');
});

async function inLanguage(language: LanguageCode) {
  await act(async () => {
    await changeLanguage(language);
  });
}

function Controlled({
  initial,
  onChange,
  required,
}: {
  initial: string;
  onChange: (value: string) => void;
  required?: boolean;
}) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      id="due"
      legend="Due date"
      value={value}
      min="2026-11-01"
      required={required}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const selected = (label: string) =>
  (screen.getByLabelText(label) as HTMLSelectElement).selectedOptions[0]!.textContent;

describe('DateField', () => {
  it('in Persian, shows an ISO date in the Solar Hijri calendar, day first, and returns ISO', async () => {
    await inLanguage('fa');
    const onChange = vi.fn();
    render(<Controlled initial="2027-03-01" onChange={onChange} />);
    const field = screen.getByTestId('date-field');
    expect(field).toHaveAttribute('data-calendar', 'persian');
    expect(selected('روز')).toBe('۱۰');
    expect(selected('ماه')).toBe('اسفند');
    expect(selected('سال')).toBe('۱۴۰۵');
    expect(within(field).getByText('۱۰ اسفند ۱۴۰۵')).toBeInTheDocument();
    const order = [...field.querySelectorAll('select')].map((s) => s.dataset.segment);
    expect(order).toEqual(['day', 'month', 'year']);
    // Esfand 1405 has 29 days; choosing Farvardin (31 days) keeps day 10.
    await userEvent.selectOptions(screen.getByLabelText('ماه'), 'فروردین');
    expect(onChange).toHaveBeenLastCalledWith('2026-03-30');
    await userEvent.selectOptions(screen.getByLabelText('سال'), '۱۴۰۶');
    expect(onChange).toHaveBeenLastCalledWith('2027-03-30');
    expect(screen.getByLabelText('روز').querySelectorAll('option')).toHaveLength(31);
    await inLanguage('en');
  });

  it('in English, is Gregorian in the order English writes dates', async () => {
    const onChange = vi.fn();
    render(<Controlled initial="2027-03-01" onChange={onChange} />);
    expect(selected('Month')).toBe('March');
    expect(selected('Day')).toBe('1');
    expect(selected('Year')).toBe('2027');
    expect(screen.getByText('March 1, 2027')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Day'), '31');
    expect(onChange).toHaveBeenLastCalledWith('2027-03-31');
    // April has 30 days: the day moves to the 30th rather than becoming 1 May.
    await userEvent.selectOptions(screen.getByLabelText('Month'), 'April');
    expect(onChange).toHaveBeenLastCalledWith('2027-04-30');
  });

  it('in Slovak, uses Slovak month names', async () => {
    await inLanguage('sk');
    render(<Controlled initial="2027-03-01" onChange={() => {}} />);
    expect(selected('Mesiac')).toBe('marec');
    await inLanguage('en');
  });

  it('starts empty, reports an incomplete choice, and may be cleared when optional', async () => {
    const onChange = vi.fn();
    render(<Controlled initial="" onChange={onChange} required={false} />);
    expect(selected('Year')).toBe('–');
    await userEvent.selectOptions(screen.getByLabelText('Year'), '2027');
    expect(onChange).toHaveBeenLastCalledWith(INCOMPLETE_DATE);
    await userEvent.selectOptions(screen.getByLabelText('Month'), 'May');
    await userEvent.selectOptions(screen.getByLabelText('Day'), '2');
    expect(onChange).toHaveBeenLastCalledWith('2027-05-02');
    for (const label of ['Year', 'Month', 'Day'])
      await userEvent.selectOptions(screen.getByLabelText(label), '–');
    expect(onChange).toHaveBeenLastCalledWith('');
  });
});
