import { describe, expect, it } from 'vitest';
import { BAD_BACKUPS, oversizedBackupText, validBackup } from '../../tests/fixtures/backup/corpus';
import { describeBackupProblem } from '../../tests/fixtures/backup/describe-problem';
import { MAX_BACKUP_BYTES, checkBackupSize, parseBackupText, utf8Bytes } from './backup-schema';

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

  it.each([
    ['plain ASCII', 'abc', 3],
    ['two-byte letters (Slovak, Persian)', 'čا', 4],
    ['a three-byte sign', '€', 3],
    ['a four-byte pair', '😀', 4],
    ['a lone surrogate, as the encoder writes it (U+FFFD)', 'a\uD83D', 4],
    ['a pair across the megabyte step', 'x'.repeat((1 << 20) - 1) + '😀', (1 << 20) - 1 + 4],
    ['two-byte letters over several steps', 'é'.repeat(2_500_000), 5_000_000],
  ])('counts the UTF-8 size of %s', (_name, text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('refuses a file over 100 MB before parsing it, with both sizes', () => {
    const result = parseBackupText(oversizedBackupText(101));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'tooLarge' } });
    if (result.ok) return;
    expect(describeBackupProblem(result.problem)).toBe('file is 101 MB; the limit is 100 MB');
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
        {
          path: "assessments[0].answers['culture.1']",
          code: 'outOfRange',
          params: { value: '9' },
          message: 'answer 9 is out of range 1–5',
        },
        {
          path: "assessments[0].answers['staff.9']",
          code: 'unknownStatement',
          message: 'unknown statement',
        },
      ]),
    );
  });

  it.each([
    ['unknown statement', 'unknownStatement'],
    ['answer out of range (7)', 'outOfRange'],
    ['fractional answer', 'notWholeNumber'],
    ['answer as text', 'notANumber'],
    ['unknown section note', 'unknownSection'],
    ['wrong type for a name', 'wrongType'],
    ['name too long', 'tooLong'],
    ['missing id', 'missing'],
    ['negative timestamp', 'timestampOutOfRange'],
    ['duplicate assessment ids', 'duplicate'],
    ['plan for an unknown assessment', 'noAssessment'],
    ['participant of an unknown workshop', 'noWorkshop'],
    ['completed but unanswered', 'completedUnanswered'],
    ['__proto__ key in a record', 'forbiddenKey'],
    ['huge string', 'textTooLong'],
    ['goal with a bad date', 'notADate'],
    ['participant with unknown source', 'notAllowed'],
    ['unknown top-level field', 'unknownField'],
    ['deeply nested setting', 'nestedTooDeeply'],
  ])('reports "%s" with the code %s, for the screen to translate', (name, code) => {
    const badFile = BAD_BACKUPS.find((c) => c.name === name)!;
    const result = parseBackupText(badFile.text);
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problem.issues.map((issue) => issue.code)).toContain(code);
  });

  it('gives no issue the catch-all code for any file of the corpus', () => {
    for (const badFile of BAD_BACKUPS) {
      const result = parseBackupText(badFile.text);
      if (result.ok || result.problem.kind !== 'invalid') continue;
      expect(result.problem.issues.filter((issue) => issue.code === 'invalid')).toEqual([]);
    }
  });
});
