import { beforeEach, describe, expect, it } from 'vitest';
import { countParticipants } from './participant-store';
import {
  BAD_BACKUPS,
  T0 as T0_FIXTURE,
  oversizedBackupText,
  validBackup,
} from '../../tests/fixtures/backup/corpus';
import { describeBackupProblem } from '../../tests/fixtures/backup/describe-problem';
import type { Backup } from '../domain/backup-schema';
import { ITEM_IDS } from '../domain/instrument';
import { createAssessment, saveAnswer } from './assessments';
import {
  BACKUP_TABLES,
  backupToJson,
  countRecords,
  deleteAllData,
  exportBackup,
  importBackup,
  type TableCounts,
} from './backup';
import { db } from './database';

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);
/** Counts for every backup table: zero unless given. */
function counts(given: Partial<TableCounts> = {}): TableCounts {
  return Object.fromEntries(
    BACKUP_TABLES.map((table) => [table, given[table] ?? 0]),
  ) as TableCounts;
}

/** Everything in the database, in a stable order, for before/after comparisons. */
async function snapshot() {
  const { exportedAt: _exportedAt, ...rest } = await exportBackup(0);
  return rest;
}

beforeEach(async () => {
  await deleteAllData();
});

describe('export → import', () => {
  it('round-trips every table losslessly (deep equality)', async () => {
    const first = await importBackup(JSON.stringify(validBackup()));
    expect(first.ok).toBe(true);
    // Add a record made by the app itself, with Persian text and a note.
    const id = await createAssessment(
      { businessName: 'کافه "نور", تهران', respondent: 'Ján', context: 'a\nb' },
      'fa',
      T0 + 10,
    );
    for (const itemId of ITEM_IDS) await saveAnswer(id, itemId, 5, T0 + 20);

    const exported = await exportBackup(T0 + 123);
    expect(exported.exportedAt).toBe(T0 + 123);
    expect(exported.assessments).toHaveLength(4);
    const json = backupToJson(exported);

    await deleteAllData();
    expect(await countRecords()).toEqual(counts());

    const result = await importBackup(json);
    const none = counts();
    expect(result).toEqual({
      ok: true,
      summary: {
        added: counts({
          assessments: 4,
          actionPlans: 1,
          workshops: 1,
          participants: 1,
          // The fixture's setting, plus any the app itself wrote meanwhile.
          settings: exported.settings.length,
        }),
        updated: none,
        skipped: none,
      },
    });
    expect(await exportBackup(T0 + 123)).toEqual(exported);
    expect(JSON.parse(json)).toEqual(exported);
  });

  it('re-importing the same file changes nothing and says all were skipped', async () => {
    const text = JSON.stringify(validBackup());
    await importBackup(text);
    const before = await snapshot();
    const again = await importBackup(text);
    expect(again).toEqual({
      ok: true,
      summary: {
        added: counts(),
        updated: counts(),
        skipped: counts({
          assessments: 3,
          actionPlans: 1,
          workshops: 1,
          participants: 1,
          settings: 1,
        }),
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('a newer updatedAt wins, an older one is skipped', async () => {
    await importBackup(JSON.stringify(validBackup()));
    const newer = validBackup() as unknown as Backup;
    newer.assessments[0]!.businessName = 'Renamed later';
    newer.assessments[0]!.updatedAt = T0_FIXTURE + 9_000;
    newer.assessments[2]!.businessName = 'Older copy';
    newer.assessments[2]!.updatedAt = T0_FIXTURE + 4_500;
    const result = await importBackup(JSON.stringify(newer));
    expect(result.ok && result.summary.updated.assessments).toBe(1);
    expect(result.ok && result.summary.skipped.assessments).toBe(2);
    expect((await db.assessments.get('a-1'))!.businessName).toBe('Renamed later');
    expect((await db.assessments.get('a-3'))!.businessName).toBe('Pekáreň u Jána');
  });

  it('skips a participant whose result is already in the same workshop under another id', async () => {
    await importBackup(JSON.stringify(validBackup()));
    const copy = validBackup() as unknown as Backup;
    copy.participants[0]!.id = 'p-other';
    const result = await importBackup(JSON.stringify(copy));
    expect(result.ok && result.summary.skipped.participants).toBe(1);
    expect(await countParticipants()).toBe(1);
  });
});

describe('device-only settings', () => {
  it('a backup leaves out storage.persistence; an import ignores it', async () => {
    await db.settings.put({ key: 'storage.persistence', value: 'granted' });
    await db.settings.put({ key: 'storage.persistAsked', value: true });
    const exported = await exportBackup(T0 + 1);
    expect(exported.settings.map((setting) => setting.key)).toEqual(['storage.persistAsked']);

    await deleteAllData();
    const fromOtherDevice = validBackup() as unknown as Backup;
    fromOtherDevice.settings.push({ key: 'storage.persistence', value: 'denied' });
    const result = await importBackup(JSON.stringify(fromOtherDevice));
    expect(result.ok && result.summary.added.settings).toBe(1);
    expect(await db.settings.get('storage.persistence')).toBeUndefined();
    expect(await db.settings.get('storage.persistAsked')).toEqual({
      key: 'storage.persistAsked',
      value: true,
    });
  });

  it('an import does not overwrite this device’s own storage.persistence', async () => {
    await db.settings.put({ key: 'storage.persistence', value: 'granted' });
    const fromOtherDevice = validBackup() as unknown as Backup;
    fromOtherDevice.settings.push({ key: 'storage.persistence', value: 'denied' });
    expect((await importBackup(JSON.stringify(fromOtherDevice))).ok).toBe(true);
    expect((await db.settings.get('storage.persistence'))?.value).toBe('granted');
  });
});

describe('bad files leave the database exactly as it was', () => {
  it.each(
    [
      ...BAD_BACKUPS.map((c) => [c.name, c.text, c.message] as const),
      ['a 101 MB file', oversizedBackupText(101), /file is 101 MB; the limit is 100 MB/] as const,
    ].map(([name, text, message]) => [name, text, message] as const),
  )('%s', async (_name, text, message) => {
    await importBackup(JSON.stringify(validBackup()));
    await createAssessment(
      { businessName: 'Local only', respondent: '', context: '' },
      'en',
      T0 + 7,
    );
    const before = await snapshot();
    const result = await importBackup(text);
    expect(result.ok).toBe(false);
    if (result.ok || !('problem' in result)) throw new Error('expected a validation problem');
    expect(describeBackupProblem(result.problem)).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('a failure in the middle of writing rolls back everything already written', async () => {
    const before = await snapshot();
    // The settings are written last: a failure there must undo the assessments,
    // plans, workshops and participants written before it in the same transaction.
    const original = db.settings.add.bind(db.settings);
    db.settings.add = (() =>
      Promise.reject(
        new DOMException('disk full', 'QuotaExceededError'),
      )) as unknown as typeof db.settings.add;
    try {
      const result = await importBackup(JSON.stringify(validBackup()));
      expect(result).toMatchObject({ ok: false, storageError: { kind: 'quota' } });
    } finally {
      db.settings.add = original;
    }
    expect(await snapshot()).toEqual(before);
  });
});
