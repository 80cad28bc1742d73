// Participants stored in blocks behave like one record each: whatever sequence of
// additions, updates and removals, what is read back is exactly a plain list kept the same
// way (property-based), and no block holds more than BLOCK_SIZE or is left empty.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../domain/instrument';
import type { WorkshopParticipant } from '../domain/workshop';
import { db, openDatabase } from './database';
import { BLOCK_SIZE, intoBlocks } from './participant-blocks';
import {
  appendParticipants,
  countParticipants,
  deleteParticipant,
  deleteWorkshopParticipants,
  readAllParticipants,
  readParticipants,
  updateParticipants,
} from './participant-store';

const T0 = Date.UTC(2025, 0, 1);
const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 3])) as WorkshopParticipant['answers'];

let serial = 0;
function participant(workshopId: string, label: string | null = null): WorkshopParticipant {
  serial += 1;
  return {
    id: `p-${String(serial).padStart(6, '0')}`,
    workshopId,
    fingerprint: `f:${serial}`,
    label,
    answers,
    source: 'file',
    addedAt: T0 + serial,
  };
}

const byId = (list: readonly WorkshopParticipant[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

async function blockSizes(workshopId: string): Promise<number[]> {
  const blocks = await db.participantBlocks.where('workshopId').equals(workshopId).toArray();
  for (const block of blocks) expect(block.size).toBe(block.participants.length);
  return blocks.map((block) => block.size).sort((a, b) => a - b);
}

beforeEach(async () => {
  expect(await openDatabase()).toEqual({ mode: 'persistent' });
  await db.participantBlocks.clear();
});

describe('intoBlocks', () => {
  it.each([
    [0, []],
    [1, [1]],
    [BLOCK_SIZE, [BLOCK_SIZE]],
    [BLOCK_SIZE + 1, [BLOCK_SIZE, 1]],
    [2 * BLOCK_SIZE + 7, [BLOCK_SIZE, BLOCK_SIZE, 7]],
  ])('%i participants make blocks of %j, in order', (count, sizes) => {
    const list = Array.from({ length: count }, () => participant('w'));
    const blocks = intoBlocks('w', list);
    expect(blocks.map((block) => block.size)).toEqual(sizes);
    expect(blocks.flatMap((block) => block.participants)).toEqual(list);
    expect(new Set(blocks.map((block) => block.id)).size).toBe(blocks.length);
  });
});

describe('participant store', () => {
  it('fills the block with room before starting a new one', async () => {
    await appendParticipants(
      'w',
      Array.from({ length: BLOCK_SIZE - 2 }, () => participant('w')),
    );
    await appendParticipants(
      'w',
      Array.from({ length: 5 }, () => participant('w')),
    );
    expect(await blockSizes('w')).toEqual([3, BLOCK_SIZE]);
    expect(await countParticipants('w')).toBe(BLOCK_SIZE + 3);
  });

  it('counts per workshop and in all, and keeps workshops apart', async () => {
    const a = Array.from({ length: 3 }, () => participant('a'));
    const b = [participant('b')];
    await appendParticipants('a', a);
    await appendParticipants('b', b);
    expect(await countParticipants('a')).toBe(3);
    expect(await countParticipants('b')).toBe(1);
    expect(await countParticipants('c')).toBe(0);
    expect(await countParticipants()).toBe(4);
    expect(byId(await readParticipants('a'))).toEqual(a);
    expect(byId(await readAllParticipants())).toEqual(byId([...a, ...b]));
    await deleteWorkshopParticipants('a');
    expect(await readAllParticipants()).toEqual(b);
  });

  it('removing the last participant of a block removes the block', async () => {
    const only = participant('w');
    await appendParticipants('w', [only]);
    expect(await deleteParticipant('w', 'nobody')).toBe(false);
    expect(await deleteParticipant('other', only.id)).toBe(false);
    expect(await deleteParticipant('w', only.id)).toBe(true);
    expect(await db.participantBlocks.count()).toBe(0);
  });

  it('any sequence of additions, updates and removals reads back like a plain list', async () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), count: fc.integer({ min: 0, max: 700 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('update' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 8 }), async (operations) => {
        await db.participantBlocks.clear();
        let model: WorkshopParticipant[] = [];
        for (const step of operations) {
          if (step.kind === 'add') {
            const fresh = Array.from({ length: step.count }, () => participant('w'));
            await appendParticipants('w', fresh);
            model.push(...fresh);
          } else if (model.length > 0) {
            const target = model[step.at % model.length]!;
            if (step.kind === 'remove') {
              expect(await deleteParticipant('w', target.id)).toBe(true);
              model = model.filter((p) => p.id !== target.id);
            } else {
              const changed = { ...target, label: `changed ${step.at}` };
              await updateParticipants('w', [changed]);
              model = model.map((p) => (p.id === target.id ? changed : p));
            }
          }
        }
        expect(byId(await readParticipants('w'))).toEqual(byId(model));
        expect(await countParticipants('w')).toBe(model.length);
        const sizes = await blockSizes('w');
        expect(sizes.every((size) => size > 0 && size <= BLOCK_SIZE)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
