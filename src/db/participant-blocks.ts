// How a workshop's participants are stored (issue 16): in blocks of up to BLOCK_SIZE per
// workshop, not one IndexedDB record each. A browser pays per record: in Chromium on the
// project's two-core machine, 10,000 separate records took 1.4–2.0 s to write, and the
// same participants in 20 blocks about 0.1 s (`node` + Playwright, 2026-12-02). Only this
// module and participant-store.ts (the reads and writes) know about blocks; everything
// else reads and writes participants.

import type { WorkshopParticipant } from '../domain/workshop';
import { newId } from './ids';

/** At most this many participants share one stored record. */
export const BLOCK_SIZE = 500;

export type ParticipantBlock = {
  id: string;
  workshopId: string;
  /** participants.length, kept in an index so counting reads no participant. */
  size: number;
  participants: WorkshopParticipant[];
};

/** The table's indexes: by workshop, and [workshop + size] for counting from keys alone. */
export const PARTICIPANT_BLOCK_INDEXES = 'id, workshopId, [workshopId+size]';

export function block(id: string, workshopId: string, participants: WorkshopParticipant[]) {
  return { id, workshopId, size: participants.length, participants };
}

/** Participants cut into blocks of BLOCK_SIZE (a workshop's, or a migrated table's). */
export function intoBlocks(
  workshopId: string,
  participants: readonly WorkshopParticipant[],
  makeId: () => string = newId,
): ParticipantBlock[] {
  const blocks: ParticipantBlock[] = [];
  for (let start = 0; start < participants.length; start += BLOCK_SIZE)
    blocks.push(block(makeId(), workshopId, participants.slice(start, start + BLOCK_SIZE)));
  return blocks;
}
