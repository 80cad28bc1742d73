import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { validBackup } from '../../../tests/fixtures/backup/corpus';
import { deleteAllData } from '../../db/backup';
import { setUpI18n } from '../../test-utils';
import { DataPanel } from './data-panel';

type Json = ReturnType<typeof validBackup>;
type Record_ = Record<string, unknown>;

/** A backup with many different problems, none of them carrying text from the file. */
function badBackupFile(): File {
  const backup: Json = validBackup();
  const assessments = backup.assessments as Record_[];
  const first = assessments[0]!;
  (first.answers as Record_)['culture.5'] = 3; // unknown statement
  (first.answers as Record_)['feedback.2'] = 2.5; // not a whole number
  (assessments[2]!.answers as Record_)['staff.3'] = 7; // out of range
  (first.notes as Record_).marketing = 'x'; // unknown section
  first.respondent = 'x'.repeat(500); // too long
  first.createdAt = -5; // too small
  assessments[1]!.businessName = 12; // wrong type
  delete assessments[2]!.id; // missing
  backup.extra = 1; // unknown field
  return new File([JSON.stringify(backup)], 'bad.json', { type: 'application/json' });
}

async function importBadFile(): Promise<HTMLElement> {
  render(<DataPanel />);
  const input = screen.getByLabelText(/JSON/);
  await userEvent.upload(input, badBackupFile());
  return screen.findByTestId('import-error');
}

beforeEach(async () => {
  await deleteAllData();
});

afterAll(async () => {
  await setUpI18n('en');
});

describe('import errors in the data panel', () => {
  it('in English, keeps the exact lines people and tests know', async () => {
    await setUpI18n('en');
    const error = await importBadFile();
    expect(error).toHaveTextContent('Nothing was imported. The file has 9 problems:');
    const lines = within(error)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual(
      expect.arrayContaining([
        "assessments[0].answers['culture.5']: unknown statement",
        "assessments[2].answers['staff.3']: answer 7 is out of range 1–5",
        "assessments[0].answers['feedback.2']: answer 2.5 is not a whole number from 1 to 5",
        'assessments[0].respondent: longer than 120 characters',
        'assessments[1].businessName: should be text',
        'assessments[2].id: missing',
        'extra: unknown field',
      ]),
    );
  });

  it('in Persian, has no English word except the paths, which stay left to right', async () => {
    await setUpI18n('fa');
    const error = await importBadFile();
    const items = within(error).getAllByRole('listitem');
    expect(items).toHaveLength(9);
    const paths = items.map((item) => item.querySelector('code')!);
    for (const code of paths) expect(code.closest('bdi')).toHaveAttribute('dir', 'ltr');
    expect(paths.map((code) => code.textContent)).toEqual(
      expect.arrayContaining([
        "assessments[0].answers['culture.5']",
        "assessments[2].answers['staff.3']",
        'assessments[1].businessName',
      ]),
    );

    // Everything the reader sees, minus the paths: Persian only (digits from the file
    // such as 7 or 2.5 are not words).
    const copy = error.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code').forEach((code) => code.remove());
    const text = copy.textContent ?? '';
    expect(text).toMatch(/[\u0600-\u06FF]/);
    expect(text.match(/[A-Za-z]+/g)).toBeNull();
    expect(text).toContain('عبارت ناشناخته');
    expect(text).toContain('پاسخ 7 خارج از بازهٔ ۱ تا ۵ است');
    expect(text).toContain('بلندتر از ۱۲۰ نویسه');
  });
});
