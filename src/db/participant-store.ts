// A workshop's participants as the rest of the app sees them: read, counted, appended,
// updated and deleted one by one, though they are stored in blocks (participant-blocks.ts).
// Every function runs inside the caller's transaction, which must include participantBlocks.

import { Dexie } from 'dexie';
import type { WorkshopParticipant } from '../domain/workshop';
import { db } from './database';
import { BLOCK_SIZE, block, intoBlocks, type ParticipantBlock } from './participant-blocks';

function blocksOf(workshopId: string): Promise<ParticipantBlock[]> {
  return db.participantBlocks.where('workshopId').equals(workshopId).sortBy('id');
}

/** A workshop's participants, in no particular order. */
export async function readParticipants(workshopId: string): Promise<WorkshopParticipant[]> {
  return (await blocksOf(workshopId)).flatMap((stored) => stored.participants);
}

/** Every stored participant, of every workshop. */
export async function readAllParticipants(): Promise<WorkshopParticipant[]> {
  return (await db.participantBlocks.toArray()).flatMap((stored) => stored.participants);
}

/** How many participants a workshop holds (or all workshops together), from index keys. */
export async function countParticipants(workshopId?: string): Promise<number> {
  const keys =
    workshopId === undefined
      ? await db.participantBlocks.orderBy('[workshopId+size]').keys()
      : await db.participantBlocks
          .where('[workshopId+size]')
          .between([workshopId, Dexie.minKey], [workshopId, Dexie.maxKey])
          .keys();
  return keys.reduce<number>((sum, key) => sum + ((key as unknown as [string, number])[1] ?? 0), 0);
}

/** Stores new participants of one workshop: blocks with room are filled first. */
export async function appendParticipants(
  workshopId: string,
  participants: readonly WorkshopParticipant[],
): Promise<void> {
  if (participants.length === 0) return;
  const rest = [...participants];
  const writes: ParticipantBlock[] = [];
  for (const stored of await blocksOf(workshopId)) {
    if (rest.length === 0) break;
    const room = BLOCK_SIZE - stored.participants.length;
    if (room <= 0) continue;
    writes.push(block(stored.id, workshopId, [...stored.participants, ...rest.splice(0, room)]));
  }
  writes.push(...intoBlocks(workshopId, rest));
  await db.participantBlocks.bulkPut(writes);
}

/** Replaces stored participants (same id, same workshop) by the given ones. */
export async function updateParticipants(
  workshopId: string,
  updates: readonly WorkshopParticipant[],
): Promise<void> {
  const byId = new Map(updates.map((participant) => [participant.id, participant]));
  const writes: ParticipantBlock[] = [];
  for (const stored of await blocksOf(workshopId)) {
    if (!stored.participants.some((participant) => byId.has(participant.id))) continue;
    const participants = stored.participants.map((p) => byId.get(p.id) ?? p);
    writes.push(block(stored.id, workshopId, participants));
  }
  await db.participantBlocks.bulkPut(writes);
}

/** Deletes one participant; false when the workshop holds none with that id. */
export async function deleteParticipant(workshopId: string, id: string): Promise<boolean> {
  for (const stored of await blocksOf(workshopId)) {
    const participants = stored.participants.filter((participant) => participant.id !== id);
    if (participants.length === stored.participants.length) continue;
    if (participants.length === 0) await db.participantBlocks.delete(stored.id);
    else await db.participantBlocks.put(block(stored.id, workshopId, participants));
    return true;
  }
  return false;
}

/** Deletes every participant of a workshop. */
export async function deleteWorkshopParticipants(workshopId: string): Promise<void> {
  await db.participantBlocks.where('workshopId').equals(workshopId).delete();
}
