import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { standardFormValues, type StandardDraft } from '../../domain/policy';
import { changeLanguage } from '../../i18n/i18n';
import { renderAt, setUpI18n } from '../../test-utils';
import { StandardEditor } from './standard-editor';

beforeAll(async () => {
  await setUpI18n('en');
});

afterEach(async () => {
  await changeLanguage('en');
});

function renderEditor(
  props: Partial<Parameters<typeof StandardEditor>[0]> = {},
  onSave = vi.fn<(draft: StandardDraft) => Promise<void>>(async () => {}),
) {
  renderAt(
    <StandardEditor
      idPrefix="test"
      title="New standard"
      initial={standardFormValues()}
      onSave={onSave}
      onCancel={() => {}}
      {...props}
    />,
  );
  return onSave;
}

/** Types text the way a fast typist or a paste would, in one input event per call. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** The check lines as the owner reads them, with their state. */
function checks(): string[] {
  const list = document.getElementById('test-checks')!;
  return within(list)
    .getAllByRole('listitem')
    .map(
      (item) => `${item.dataset.ok === 'true' ? '✓' : '✗'} ${item.textContent?.slice(1).trim()}`,
    );
}

function errorOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('field__error'))
    .map((element) => element?.textContent ?? '')
    .join(' ');
}

// Rendering a full form in jsdom is slow on a busy machine; this is a guard, not a bar.
describe('StandardEditor', { timeout: 20_000 }, () => {
  it('checks the standard as it is typed and refuses one that is not measurable', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor();
    const text = screen.getByLabelText('The standard');
    await waitFor(() => expect(text).toHaveFocus());
    await fill(user, text, 'Answer the phone quickly');
    await fill(
      user,
      screen.getByLabelText('What customers told or showed you'),
      'Customers hang up after waiting',
    );
    expect(checks()).toEqual([
      '✗ Not measurable yet: add a number with what it counts (90 %, 2 minutes, 3 days).',
      '✗ “quickly” is vague: say exactly what happens, with a number.',
      '✗ No time limit yet: add one (within 2 minutes, in 3 days) or a review date.',
      '✓ Based on what customers experienced',
    ]);

    await user.click(screen.getByRole('button', { name: 'Save standard' }));
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(text)).toBe(
      'Not saved: the standard is not measurable yet. Add a number and a unit.',
    );
    expect(text).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves once a number with its unit and a time limit are added', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor({
      initial: {
        ...standardFormValues(),
        text: 'Answer the phone quickly',
        evidence: 'Customers hang up after waiting',
      },
    });
    const text = screen.getByLabelText('The standard');
    await user.click(screen.getByRole('button', { name: 'Save standard' }));
    expect(errorOf(text)).toMatch(/not measurable/);
    await user.clear(text);
    await fill(user, text, 'Answer 90 % of calls within 2 minutes');
    expect(checks()).toEqual([
      '✓ Measurable: \u206890 %\u2069 and \u20682 minutes\u2069',
      '✓ Specific: one behaviour or outcome',
      '✓ Time-bound: has a time limit',
      '✓ Based on what customers experienced',
    ]);
    await user.click(screen.getByRole('button', { name: 'Save standard' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      text: 'Answer 90 % of calls within 2 minutes',
      evidence: 'Customers hang up after waiting',
      reviewDate: null,
      sectionId: null,
    });
  });

  it('asks for the customers’ experience on its own field', async () => {
    const user = userEvent.setup();
    const onSave = renderEditor();
    await fill(user, screen.getByLabelText('The standard'), 'Every order delivered within 3 days');
    await user.click(screen.getByRole('button', { name: 'Save standard' }));
    const evidence = screen.getByLabelText('What customers told or showed you');
    expect(errorOf(evidence)).toBe('Not saved: say what customers experienced.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a review date makes a standard without a time limit time-bound', async () => {
    const user = userEvent.setup();
    renderEditor({
      initial: {
        ...standardFormValues(),
        text: 'At least 85 % of complainants satisfied with the outcome',
      },
    });
    expect(checks()[2]).toBe(
      '✗ No time limit yet: add one (within 2 minutes, in 3 days) or a review date.',
    );
    // The review date is chosen as day, month and year in the reader's calendar.
    const review = screen.getByRole('group', { name: 'Review date' });
    await user.selectOptions(within(review).getByLabelText('Day'), '31');
    await user.selectOptions(within(review).getByLabelText('Month'), '1');
    expect(checks()[2]).toMatch(/^✗/);
    await user.selectOptions(
      within(review).getByLabelText('Year'),
      String(new Date().getFullYear() + 1),
    );
    expect(checks()[2]).toBe('✓ Time-bound: review date set');
  });

  it('quotes the audit finding for the chosen section as evidence', async () => {
    const user = userEvent.setup();
    renderEditor({ auditAverages: { feedback: 2.33, staff: 4 } });
    expect(screen.queryByRole('button', { name: 'Add the audit finding' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Audit section it serves'), 'feedback');
    await user.click(screen.getByRole('button', { name: 'Add the audit finding' }));
    expect(screen.getByLabelText('What customers told or showed you')).toHaveValue(
      'Our audit: Customer feedback averaged 2.33 of 5.',
    );
  });

  it('reads Persian digits and shows what it found as typed', async () => {
    await changeLanguage('fa');
    const user = userEvent.setup();
    const onSave = renderEditor();
    await fill(user, screen.getByLabelText('استاندارد'), '۹۰٪ تماس‌ها ظرف ۲ دقیقه پاسخ داده شوند');
    await fill(
      user,
      screen.getByLabelText('آنچه مشتریان به شما گفتند یا نشان دادند'),
      'مشتریان از انتظار پشت تلفن گله کردند',
    );
    expect(checks()[0]).toBe('✓ سنجش‌پذیر: \u2068۹۰٪\u2069 و \u2068۲ دقیقه\u2069');
    await user.click(screen.getByRole('button', { name: 'ذخیرهٔ استاندارد' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  });

  it('edits a saved standard: prefilled, with "Save changes"', () => {
    renderEditor({
      editing: true,
      initial: {
        ...standardFormValues(),
        text: 'Every order delivered within 3 days',
        why: 'Late parcels were the top complaint',
      },
    });
    expect(screen.getByLabelText('The standard')).toHaveValue(
      'Every order delivered within 3 days',
    );
    expect(screen.getByLabelText('Why we chose it')).toHaveValue(
      'Late parcels were the top complaint',
    );
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });
});
