import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n/i18n';
import { setUpI18n } from '../test-utils';
import { FilePicker } from './file-picker';

beforeAll(async () => {
  await setUpI18n('en');
});

afterAll(async () => {
  await changeLanguage('en');
});

describe('FilePicker', () => {
  it('is a labelled file input with a translated button, and names the chosen file', async () => {
    const onFiles = vi.fn();
    render(
      <FilePicker label="Backup file (JSON)" hint="Only JSON" accept=".json" onFiles={onFiles} />,
    );
    const input = screen.getByLabelText('Backup file (JSON)');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription('Only JSON No file chosen yet');
    expect(screen.getByText('Choose a file')).toBeVisible();

    const file = new File(['{}'], 'نسخهٔ پشتیبان.json', { type: 'application/json' });
    await userEvent.upload(input, file);
    expect(onFiles).toHaveBeenCalledWith([file]);
    const chosen = screen.getByTestId('file-picker-chosen');
    expect(chosen.querySelector('bdi')).toHaveTextContent('نسخهٔ پشتیبان.json');
    // Cleared, so choosing the same file again is noticed.
    expect((input as HTMLInputElement).value).toBe('');
  });

  it.each([
    ['fa', 'انتخاب فایل‌ها', '۳ فایل انتخاب شد'],
    ['sk', 'Vybrať súbory', 'Vybrané 3 súbory'],
  ] as const)('speaks %s, with plurals', async (language, button, three) => {
    await act(async () => {
      await changeLanguage(language);
    });
    render(<FilePicker label="x" accept=".json" multiple onFiles={() => {}} />);
    expect(screen.getByText(button)).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('x'), [
      new File(['a'], 'a.json'),
      new File(['b'], 'b.json'),
      new File(['c'], 'c.json'),
    ]);
    expect(screen.getByTestId('file-picker-chosen')).toHaveTextContent(three);
  });
});
