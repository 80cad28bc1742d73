import { describe, expect, it } from 'vitest';
import { BAD_BACKUPS, oversizedBackupText, validBackup } from '../../tests/fixtures/backup/corpus';
import {
  MAX_BACKUP_BYTES,
  checkBackupSize,
  describeBackupProblem,
  formatPath,
  parseBackupText,
} from './backup-schema';

describe('parseBackupText', () => {
  it('accepts a valid backup and keeps every field', () => {
    const result = parseBackupText(JSON.stringify(validBackup()));
    expect(result).toEqual({ ok: true, backup: validBackup() });
  });

  it('accepts a backup with a byte-order mark', () => {
    expect(parseBackupText('\uFEFF' + JSON.stringify(validBackup())).ok).toBe(true);
  });

  it('has a corpus of at least 25 bad files', () => {
    expect(BAD_BACKUPS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BAD_BACKUPS.map((c) => c.name)).size).toBe(BAD_BACKUPS.length);
  });

  it.each(BAD_BACKUPS.map((c) => [c.name, c] as const))('rejects %s', (_name, badFile) => {
    const result = parseBackupText(badFile.text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeBackupProblem(result.problem)).toMatch(badFile.message);
  });

  it('refuses a file over 10 MB before parsing it, with both sizes', () => {
    const result = parseBackupText(oversizedBackupText(40));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'tooLarge' } });
    if (result.ok) return;
    expect(describeBackupProblem(result.problem)).toBe('file is 40 MB; the limit is 10 MB');
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeUndefined();
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toMatchObject({ kind: 'tooLarge' });
  });

  it('does not pollute prototypes while checking a hostile file', () => {
    const hostile = BAD_BACKUPS.find((c) => c.name === '__proto__ key in a record')!;
    parseBackupText(hostile.text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every problem, not just the first', () => {
    const backup = validBackup();
    const answers = (backup.assessments as { answers: Record<string, unknown> }[])[0]!.answers;
    answers['culture.1'] = 9;
    answers['staff.9'] = 1;
    const result = parseBackupText(JSON.stringify(backup));
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problem.issues).toEqual(
      expect.arrayContaining([
        "assessments[0].answers['culture.1']: answer 9 is out of range 1–5",
        "assessments[0].answers['staff.9']: unknown statement",
      ]),
    );
  });
});

describe('formatPath', () => {
  it.each([
    [['assessments', 3, 'answers', 'culture.5'], "assessments[3].answers['culture.5']"],
    [['assessments', 0, 'notes', 'staff'], 'assessments[0].notes.staff'],
    [['app'], 'app'],
    [[], '(file)'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
