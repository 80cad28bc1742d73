// The workshop file another trainer can import (JSON) and a file name for the exports;
// the CSV is written by the domain's workshop-csv.ts, beside the code that reads it back.

import { workshopFileFor, type Workshop, type WorkshopParticipant } from '../../domain/workshop';

export function workshopJson(
  workshop: Workshop,
  participants: readonly WorkshopParticipant[],
  now: number,
): string {
  return `${JSON.stringify(workshopFileFor(workshop, participants, now), null, 2)}\n`;
}

export function fileSafeName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'workshop'
  );
}
