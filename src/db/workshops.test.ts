import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countParticipants, readAllParticipants, readParticipants } from './participant-store';
import { ITEM_IDS, type AnswerValue } from '../domain/instrument';
import { decodeShareCode, encodeShareCode, type CompleteAnswers } from '../domain/share-code';
import {
  MAX_PARTICIPANTS,
  candidateFromShared,
  fingerprintFor,
  type ParticipantCandidate,
} from '../domain/workshop';
import { db, openDatabase } from './database';
import { StorageError } from './storage-errors';
import {
  addParticipants,
  createWorkshop,
  createWorkshopWithParticipants,
  deleteWorkshop,
  ensureWorkshopTag,
  importWorkshopFile,
  removeParticipant,
  renameWorkshop,
  replaceParticipants,
  saveSharedResult,
  setExpectedCount,
} from './workshops';

/** Times are milliseconds after a moment inside the accepted range (2000 … tomorrow). */
const T0 = Date.UTC(2025, 0, 1);

function filled(value: AnswerValue): CompleteAnswers {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers;
}

let anonymous = 0;
/** A candidate with a result id, or (null) one without: each of those is a new identity. */
function candidate(value: AnswerValue, resultId: string | null): ParticipantCandidate {
  return {
    fingerprint: resultId ? fingerprintFor(resultId) : `csv:test:${++anonymous}`,
    label: null,
    answers: filled(value),
    source: 'file',
  };
}

async function snapshot() {
  return {
    workshops: await db.workshops.orderBy('id').toArray(),
    participants: (await readAllParticipants()).sort((a, b) => a.id.localeCompare(b.id)),
    assessments: await db.assessments.orderBy('id').toArray(),
  };
}

beforeEach(async () => {
  expect(await openDatabase()).toEqual({ mode: 'persistent' });
  await Promise.all([db.workshops.clear(), db.participantBlocks.clear(), db.assessments.clear()]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('workshops', () => {
  it('creates, renames and deletes a workshop with its participants', async () => {
    const id = await createWorkshop('  Kuala Lumpur retail, 12 March  ', T0 + 1_000);
    expect(await db.workshops.get(id)).toEqual({
      id,
      name: 'Kuala Lumpur retail, 12 March',
      createdAt: T0 + 1_000,
      updatedAt: T0 + 1_000,
    });
    await renameWorkshop(id, 'KL retail', T0 + 2_000);
    expect(await db.workshops.get(id)).toMatchObject({ name: 'KL retail', updatedAt: T0 + 2_000 });
    await addParticipants(id, [candidate(3, 'aaaaaaaaaaaaaaaa')]);
    const other = await createWorkshop('Other');
    await addParticipants(other, [candidate(3, 'aaaaaaaaaaaaaaaa')]);

    await deleteWorkshop(id);
    expect(await db.workshops.get(id)).toBeUndefined();
    expect(await countParticipants(id)).toBe(0);
    expect(await countParticipants(other)).toBe(1);
  });

  it('rejects an empty or overlong name without writing', async () => {
    await expect(createWorkshop('   ')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(createWorkshop('\u202E\u0000')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(createWorkshop('x'.repeat(201))).rejects.toBeInstanceOf(StorageError);
    expect(await db.workshops.count()).toBe(0);
  });

  it('cleans a name as every other path does (controls and bidi overrides removed)', async () => {
    const id = await createWorkshop('Retail\u202E course\n2', T0);
    expect((await db.workshops.get(id))!.name).toBe('Retail course 2');
    await renameWorkshop(id, '\u2067KL\u2069\u0007', T0 + 1);
    expect((await db.workshops.get(id))!.name).toBe('KL');
  });
});

describe('invite tag and expected count', () => {
  it('gives a workshop its tag once, on first need, unlike the others’', async () => {
    const first = await createWorkshop('Morning', T0 + 1_000);
    expect(await db.workshops.get(first)).not.toHaveProperty('tag');
    const tag = await ensureWorkshopTag(first, T0 + 2_000);
    expect(tag).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await ensureWorkshopTag(first, T0 + 3_000)).toBe(tag);
    expect(await db.workshops.get(first)).toMatchObject({ tag, updatedAt: T0 + 2_000 });

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
    const id = await createWorkshop('Evening', T0 + 1_000);
    await setExpectedCount(id, 30, T0 + 2_000);
    expect(await db.workshops.get(id)).toMatchObject({ expectedCount: 30, updatedAt: T0 + 2_000 });
    for (const bad of [0, -3, 2.5, 10_001]) {
      await expect(setExpectedCount(id, bad)).rejects.toMatchObject({ kind: 'invalid' });
    }
    expect((await db.workshops.get(id))?.expectedCount).toBe(30);
    await setExpectedCount(id, null, T0 + 3_000);
    expect(await db.workshops.get(id)).not.toHaveProperty('expectedCount');
    await expect(setExpectedCount('missing', 3)).rejects.toMatchObject({ kind: 'notFound' });
  });
});

describe('participants', () => {
  it('adds, skips duplicates (in the workshop and in the batch) and reports counts', async () => {
    const id = await createWorkshop('Group A', T0 + 1_000);
    const noId = candidate(2, null);
    expect(await addParticipants(id, [candidate(1, '0000000000000001'), noId], T0 + 2_000)).toEqual(
      { added: 2, skipped: 0, conflicts: [] },
    );
    expect(
      await addParticipants(
        id,
        [
          candidate(1, '0000000000000001'), // already there, same answers
          noId, // the very same occurrence (same file and row) again
          candidate(4, '0000000000000004'),
          candidate(4, '0000000000000004'), // repeated in the batch
        ],
        T0 + 3_000,
      ),
    ).toEqual({ added: 1, skipped: 3, conflicts: [] });
    const stored = await readParticipants(id);
    expect(stored).toHaveLength(3);
    expect(await db.workshops.get(id)).toMatchObject({ updatedAt: T0 + 3_000 });
  });

  it('never merges two results without an id, even with the same answers', async () => {
    const id = await createWorkshop('Twins');
    const outcome = await addParticipants(id, [candidate(3, null), candidate(3, null)]);
    expect(outcome).toEqual({ added: 2, skipped: 0, conflicts: [] });
  });

  it('the same result id with other answers is a conflict: nothing written until chosen', async () => {
    const id = await createWorkshop('Group C');
    await addParticipants(id, [candidate(2, '00000000000000aa')], T0 + 10);
    const before = await snapshot();
    const changed = { ...candidate(5, '00000000000000aa'), label: 'Ana', source: 'link' as const };
    const outcome = await addParticipants(id, [changed, candidate(3, '00000000000000bb')], T0 + 20);
    expect(outcome.added).toBe(1);
    expect(outcome.skipped).toBe(0);
    expect(outcome.conflicts).toEqual([
      {
        fingerprint: 'result:00000000000000aa',
        current: expect.objectContaining({ answers: filled(2), label: null }),
        incoming: changed,
      },
    ]);
    expect(await snapshot()).toEqual({
      ...before,
      workshops: expect.any(Array),
      participants: expect.arrayContaining(before.participants),
    });

    // Choosing the new answers replaces them in place: same id, first addedAt kept.
    expect(await replaceParticipants(id, [changed], T0 + 30)).toBe(1);
    const replaced = (await readParticipants(id)).find(
      (participant) => participant.fingerprint === 'result:00000000000000aa',
    );
    expect(replaced).toEqual({
      ...before.participants[0]!,
      answers: filled(5),
      label: 'Ana',
      source: 'link',
    });
  });

  it('the same result shared by link and by file counts once', async () => {
    const id = await createWorkshop('Group B');
    const decoded = decodeShareCode(
      encodeShareCode({ answers: filled(5), assessmentId: 'assessment-1' }),
    );
    if (!decoded.ok) throw new Error(decoded.error);
    const fromLink = candidateFromShared(decoded.result, 'link');
    expect(await addParticipants(id, [fromLink])).toMatchObject({ added: 1, skipped: 0 });
    const fromFile = { ...fromLink, source: 'file' as const };
    expect(await addParticipants(id, [fromFile])).toMatchObject({ added: 0, skipped: 1 });
  });

  it('a batch with one bad item writes nothing', async () => {
    const id = await createWorkshop('Group C');
    await addParticipants(id, [candidate(3, '00000000000000aa')]);
    const before = await snapshot();
    const bad = { ...candidate(2, '00000000000000bb'), answers: { ...filled(2), 'staff.1': 7 } };
    const incomplete = { ...candidate(2, '00000000000000cc'), answers: { 'culture.1': 2 } };
    const longLabel = { ...candidate(2, '00000000000000ee'), label: 'x'.repeat(300) };
    const badTime = { ...candidate(2, '00000000000000ff'), addedAt: 8.64e15 + 1 };
    for (const item of [bad, incomplete, longLabel, badTime]) {
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
    expect(await countParticipants()).toBe(0);
  });

  it('removes one participant', async () => {
    const id = await createWorkshop('Group D');
    await addParticipants(id, [candidate(1, null), candidate(2, null)]);
    const [first] = (await readParticipants(id)).sort((a, b) => a.addedAt - b.addedAt);
    await removeParticipant(first!);
    const left = await readParticipants(id);
    expect(left.map((participant) => participant.answers['culture.1'])).toEqual([2]);
  });

  it(`holds at most ${MAX_PARTICIPANTS} participants, saying so with the number`, async () => {
    const id = await createWorkshop('Full house');
    const many = Array.from({ length: MAX_PARTICIPANTS - 1 }, (_, index) => ({
      ...candidate(3, null),
      fingerprint: `csv:full:${index}`,
    }));
    expect((await addParticipants(id, many, T0)).added).toBe(MAX_PARTICIPANTS - 1);
    const before = await countParticipants();
    const attempt = addParticipants(id, [candidate(1, null), candidate(2, null)], T0 + 1);
    await expect(attempt).rejects.toMatchObject({
      kind: 'limit',
      params: { max: MAX_PARTICIPANTS, room: 1 },
    });
    expect(await countParticipants()).toBe(before);
    expect((await addParticipants(id, [candidate(1, null)], T0 + 2)).added).toBe(1);
  }, 60_000);
});

describe('add to a new workshop: one transaction', () => {
  it('creates the workshop with its first participant', async () => {
    const outcome = await createWorkshopWithParticipants(
      'From a link',
      [candidate(4, '0000000000000abc')],
      T0,
    );
    expect(outcome).toMatchObject({ added: 1, skipped: 0, conflicts: [] });
    expect(await db.workshops.get(outcome.workshopId)).toMatchObject({ name: 'From a link' });
    expect(await countParticipants(outcome.workshopId)).toBe(1);
  });

  it('a failure between the two writes leaves no workshop behind, and a retry makes one', async () => {
    const store = globalThis.IDBObjectStore.prototype;
    const put = store.put;
    // The participant write fails once; the workshop write before it must be undone.
    let fail = true;
    vi.spyOn(store, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (fail && this.name === 'participantBlocks') {
        fail = false;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    });
    const before = await snapshot();
    await expect(
      createWorkshopWithParticipants('Fails once', [candidate(4, '0000000000000abc')], T0),
    ).rejects.toMatchObject({ kind: 'quota' });
    expect(await snapshot()).toEqual(before);

    await createWorkshopWithParticipants('Fails once', [candidate(4, '0000000000000abc')], T0);
    expect(await db.workshops.count()).toBe(1);
    expect(await countParticipants()).toBe(1);
  });
});

describe('workshop files and shared results', () => {
  it('imports another trainer’s workshop keeping addedAt, and merges a second import', async () => {
    const file = {
      format: 'centricity-workshop' as const,
      version: 1 as const,
      exportedAt: T0 + 5_000,
      workshop: { id: 'w-1', name: 'Bratislava, 3 May', createdAt: T0 + 4_000 },
      participants: [
        { ...candidate(2, '0000000000000002'), addedAt: T0 + 4_500 },
        { ...candidate(4, '0000000000000004'), label: 'Ana', addedAt: T0 + 4_600 },
      ],
    };
    expect(await importWorkshopFile(file, T0 + 6_000)).toEqual({
      workshopId: 'w-1',
      added: 2,
      skipped: 0,
      conflicts: [],
    });
    expect(await db.workshops.get('w-1')).toMatchObject({ name: 'Bratislava, 3 May' });
    const stored = (await readParticipants('w-1')).sort((a, b) => a.addedAt - b.addedAt);
    expect(stored.map((participant) => participant.addedAt)).toEqual([T0 + 4_500, T0 + 4_600]);
    const grown = {
      ...file,
      participants: [...file.participants, { ...candidate(5, null), addedAt: T0 + 4_700 }],
    };
    expect(await importWorkshopFile(grown, T0 + 7_000)).toEqual({
      workshopId: 'w-1',
      added: 1,
      skipped: 2,
      conflicts: [],
    });
  });

  it('saves a shared result once as an assessment', async () => {
    const decoded = decodeShareCode(
      encodeShareCode({
        answers: filled(4),
        assessmentId: 'abc',
        completedAt: Date.UTC(2025, 0, 2),
        names: { businessName: 'Corner Bakery', respondent: 'Ana' },
      }),
    );
    if (!decoded.ok) throw new Error(decoded.error);
    const saved = await saveSharedResult(decoded.result, 'sk', T0 + 9_000);
    expect(saved.kind).toBe('saved');
    expect(await saveSharedResult(decoded.result, 'sk', T0 + 9_500)).toEqual({
      kind: 'alreadySaved',
      id: saved.id,
    });
    expect(await db.assessments.count()).toBe(1);
    expect(await db.assessments.get(saved.id)).toMatchObject({
      businessName: 'Corner Bakery',
      respondent: 'Ana',
      locale: 'sk',
      answers: filled(4),
      completedAt: Date.UTC(2025, 0, 2),
    });
  });

  it('the same result id with other answers is a conflict, and can be kept as well', async () => {
    const link = (value: AnswerValue) => {
      const decoded = decodeShareCode(
        encodeShareCode({ answers: filled(value), assessmentId: 'same-person' }),
      );
      if (!decoded.ok) throw new Error(decoded.error);
      return decoded.result;
    };
    const first = await saveSharedResult(link(1), 'en', T0);
    const before = await snapshot();
    const second = await saveSharedResult(link(5), 'en', T0 + 1);
    expect(second).toMatchObject({ kind: 'conflict', id: first.id });
    expect(second.kind === 'conflict' && second.stored.answers).toEqual(filled(1));
    expect(await snapshot()).toEqual(before);

    const both = await saveSharedResult(link(5), 'en', T0 + 2, { keepBoth: true });
    expect(both.kind).toBe('saved');
    expect(both.id).not.toBe(first.id);
    expect((await db.assessments.get(both.id))!.answers).toEqual(filled(5));
    // Saving the second link again finds the copy; nothing is duplicated.
    expect(await saveSharedResult(link(5), 'en', T0 + 3, { keepBoth: true })).toEqual({
      kind: 'alreadySaved',
      id: both.id,
    });
    expect(await db.assessments.count()).toBe(2);
  });

  it('validates a shared result like any other write', async () => {
    const decoded = decodeShareCode(encodeShareCode({ answers: filled(3), assessmentId: 'x' }));
    if (!decoded.ok) throw new Error(decoded.error);
    const tooLong = { ...decoded.result, names: { businessName: 'x'.repeat(121), respondent: '' } };
    await expect(saveSharedResult(tooLong, 'en', T0)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await db.assessments.count()).toBe(0);
  });
});
