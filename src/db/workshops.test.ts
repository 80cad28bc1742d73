import { beforeEach, describe, expect, it } from 'vitest';
import { ITEM_IDS, type AnswerValue, type Answers } from '../domain/instrument';
import { decodeShareCode, encodeShareCode } from '../domain/share-code';
import { candidateFromShared, fingerprintFor, type ParticipantCandidate } from '../domain/workshop';
import { db, openDatabase } from './database';
import { StorageError } from './storage-errors';
import {
  addParticipants,
  createWorkshop,
  deleteWorkshop,
  ensureWorkshopTag,
  importWorkshopFile,
  removeParticipant,
  renameWorkshop,
  saveSharedResult,
  setExpectedCount,
} from './workshops';

function filled(value: AnswerValue): Answers {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as Answers;
}

function candidate(value: AnswerValue, resultId: string | null): ParticipantCandidate {
  const answers = filled(value);
  return { fingerprint: fingerprintFor(resultId, answers), label: null, answers, source: 'file' };
}

async function snapshot() {
  return {
    workshops: await db.workshops.toArray(),
    participants: await db.participants.toArray(),
  };
}

beforeEach(async () => {
  expect(await openDatabase()).toEqual({ mode: 'persistent' });
  await Promise.all([db.workshops.clear(), db.participants.clear(), db.assessments.clear()]);
});

describe('workshops', () => {
  it('creates, renames and deletes a workshop with its participants', async () => {
    const id = await createWorkshop('  Kuala Lumpur retail, 12 March  ', 1_000);
    expect(await db.workshops.get(id)).toEqual({
      id,
      name: 'Kuala Lumpur retail, 12 March',
      createdAt: 1_000,
      updatedAt: 1_000,
    });
    await renameWorkshop(id, 'KL retail', 2_000);
    expect(await db.workshops.get(id)).toMatchObject({ name: 'KL retail', updatedAt: 2_000 });
    await addParticipants(id, [candidate(3, 'aaaaaaaaaaaaaaaa')]);
    const other = await createWorkshop('Other');
    await addParticipants(other, [candidate(3, 'aaaaaaaaaaaaaaaa')]);

    await deleteWorkshop(id);
    expect(await db.workshops.get(id)).toBeUndefined();
    expect(await db.participants.where('workshopId').equals(id).count()).toBe(0);
    expect(await db.participants.where('workshopId').equals(other).count()).toBe(1);
  });

  it('rejects an empty or overlong name without writing', async () => {
    await expect(createWorkshop('   ')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(createWorkshop('x'.repeat(201))).rejects.toBeInstanceOf(StorageError);
    expect(await db.workshops.count()).toBe(0);
  });
});

describe('invite tag and expected count', () => {
  it('gives a workshop its tag once, on first need, unlike the others’', async () => {
    const first = await createWorkshop('Morning', 1_000);
    expect(await db.workshops.get(first)).not.toHaveProperty('tag');
    const tag = await ensureWorkshopTag(first, 2_000);
    expect(tag).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await ensureWorkshopTag(first, 3_000)).toBe(tag);
    expect(await db.workshops.get(first)).toMatchObject({ tag, updatedAt: 2_000 });

    // Many workshops: no two share a tag.
    const tags = new Set([tag]);
    for (let i = 0; i < 40; i++) {
      tags.add(await ensureWorkshopTag(await createWorkshop(`W${i}`)));
    }
    expect(tags.size).toBe(41);
  });

  it('tags a workshop stored before tags existed (no tag field)', async () => {
    await db.workshops.add({ id: 'old', name: 'Old one', createdAt: 1, updatedAt: 1 });
    const tag = await ensureWorkshopTag('old');
    expect((await db.workshops.get('old'))?.tag).toBe(tag);
    await expect(ensureWorkshopTag('missing')).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('stores, changes and forgets the expected count; refuses nonsense', async () => {
    const id = await createWorkshop('Evening', 1_000);
    await setExpectedCount(id, 30, 2_000);
    expect(await db.workshops.get(id)).toMatchObject({ expectedCount: 30, updatedAt: 2_000 });
    for (const bad of [0, -3, 2.5, 10_001]) {
      await expect(setExpectedCount(id, bad)).rejects.toMatchObject({ kind: 'invalid' });
    }
    expect((await db.workshops.get(id))?.expectedCount).toBe(30);
    await setExpectedCount(id, null, 3_000);
    expect(await db.workshops.get(id)).not.toHaveProperty('expectedCount');
    await expect(setExpectedCount('missing', 3)).rejects.toMatchObject({ kind: 'notFound' });
  });
});

describe('participants', () => {
  it('adds, skips duplicates (in the workshop and in the batch) and reports counts', async () => {
    const id = await createWorkshop('Group A', 1_000);
    expect(
      await addParticipants(id, [candidate(1, '0000000000000001'), candidate(2, null)], 2_000),
    ).toEqual({ added: 2, skipped: 0 });
    expect(
      await addParticipants(
        id,
        [
          candidate(1, '0000000000000001'), // already there
          candidate(2, null), // same answers, no id: the same result
          candidate(4, '0000000000000004'),
          candidate(4, '0000000000000004'), // repeated in the batch
        ],
        3_000,
      ),
    ).toEqual({ added: 1, skipped: 3 });
    const stored = await db.participants.where('workshopId').equals(id).toArray();
    expect(stored).toHaveLength(3);
    expect(await db.workshops.get(id)).toMatchObject({ updatedAt: 3_000 });
  });

  it('the same result shared by link and by file counts once', async () => {
    const id = await createWorkshop('Group B');
    const answers = filled(5) as Record<(typeof ITEM_IDS)[number], AnswerValue>;
    const decoded = decodeShareCode(encodeShareCode({ answers, assessmentId: 'assessment-1' }));
    if (!decoded.ok) throw new Error(decoded.error);
    const fromLink = candidateFromShared(decoded.result, 'link');
    expect(await addParticipants(id, [fromLink])).toEqual({ added: 1, skipped: 0 });
    const fromFile = { ...fromLink, source: 'file' as const };
    expect(await addParticipants(id, [fromFile])).toEqual({ added: 0, skipped: 1 });
  });

  it('a batch with one bad item writes nothing', async () => {
    const id = await createWorkshop('Group C');
    await addParticipants(id, [candidate(3, '00000000000000aa')]);
    const before = await snapshot();
    const bad = { ...candidate(2, '00000000000000bb'), answers: { ...filled(2), 'staff.1': 7 } };
    const incomplete = { ...candidate(2, '00000000000000cc'), answers: { 'culture.1': 2 } };
    for (const item of [bad, incomplete]) {
      await expect(
        addParticipants(id, [candidate(1, '00000000000000dd'), item as ParticipantCandidate]),
      ).rejects.toMatchObject({ kind: 'invalid' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to add to a workshop that does not exist', async () => {
    await expect(addParticipants('nope', [candidate(1, null)])).rejects.toMatchObject({
      kind: 'notFound',
    });
    expect(await db.participants.count()).toBe(0);
  });

  it('removes one participant', async () => {
    const id = await createWorkshop('Group D');
    await addParticipants(id, [candidate(1, null), candidate(2, null)]);
    const [first] = await db.participants.where('workshopId').equals(id).sortBy('addedAt');
    await removeParticipant(first!.id);
    const left = await db.participants.where('workshopId').equals(id).toArray();
    expect(left.map((participant) => participant.answers['culture.1'])).toEqual([2]);
  });
});

describe('workshop files and shared results', () => {
  it('imports another trainer’s workshop, and merges a second import', async () => {
    const file = {
      format: 'centricity-workshop' as const,
      version: 1 as const,
      exportedAt: 5_000,
      workshop: { id: 'w-1', name: 'Bratislava, 3 May', createdAt: 4_000 },
      participants: [
        { ...candidate(2, '0000000000000002'), addedAt: 4_500 },
        { ...candidate(4, '0000000000000004'), label: 'Ana', addedAt: 4_600 },
      ],
    };
    expect(await importWorkshopFile(file, 6_000)).toEqual({
      workshopId: 'w-1',
      added: 2,
      skipped: 0,
    });
    expect(await db.workshops.get('w-1')).toMatchObject({ name: 'Bratislava, 3 May' });
    const grown = {
      ...file,
      participants: [...file.participants, { ...candidate(5, null), addedAt: 4_700 }],
    };
    expect(await importWorkshopFile(grown, 7_000)).toEqual({
      workshopId: 'w-1',
      added: 1,
      skipped: 2,
    });
  });

  it('saves a shared result once as an assessment', async () => {
    const answers = filled(4) as Record<(typeof ITEM_IDS)[number], AnswerValue>;
    const decoded = decodeShareCode(
      encodeShareCode({
        answers,
        assessmentId: 'abc',
        completedAt: Date.UTC(2025, 0, 2),
        names: { businessName: 'Corner Bakery', respondent: 'Ana' },
      }),
    );
    if (!decoded.ok) throw new Error(decoded.error);
    const id = await saveSharedResult(decoded.result, 'sk', 9_000);
    expect(await saveSharedResult(decoded.result, 'sk', 9_500)).toBe(id);
    expect(await db.assessments.count()).toBe(1);
    expect(await db.assessments.get(id)).toMatchObject({
      businessName: 'Corner Bakery',
      respondent: 'Ana',
      locale: 'sk',
      answers,
      completedAt: Date.UTC(2025, 0, 2),
    });
  });
});
