// The workshop's exports: a CSV for the trainer's own analysis (one row per participant
// plus a summary row; columns keyed by stable ids) and the JSON workshop file another
// trainer can import.

import Papa from 'papaparse';
import type { GroupAggregate } from '../../domain/aggregate';
import { ITEM_IDS, SECTION_IDS } from '../../domain/instrument';
import { scoreAnswers } from '../../domain/scoring';
import { workshopFileFor, type Workshop, type WorkshopParticipant } from '../../domain/workshop';

/** Averages with up to four decimals, '.' as separator: for spreadsheets, not for reading. */
function plain(value: number | undefined): string {
  return value === undefined ? '' : String(Math.round(value * 10_000) / 10_000);
}

export function workshopCsv(
  participants: readonly WorkshopParticipant[],
  group: GroupAggregate,
  summaryLabel: string,
): string {
  const fields = [
    'participant',
    'label',
    'fingerprint',
    'source',
    'addedAt',
    'total',
    'band',
    ...SECTION_IDS,
    ...ITEM_IDS,
  ];
  const rows = participants.map((participant, index) => {
    const score = scoreAnswers(participant.answers);
    return [
      String(index + 1),
      participant.label ?? '',
      participant.fingerprint,
      participant.source,
      new Date(participant.addedAt).toISOString(),
      plain(score.total),
      score.band ?? '',
      ...score.sections.map((section) => plain(section.average)),
      ...ITEM_IDS.map((id) => String(participant.answers[id] ?? '')),
    ];
  });
  const summary = [
    'summary',
    summaryLabel,
    '',
    '',
    '',
    plain(group.total?.mean),
    group.total?.meanBand ?? '',
    ...SECTION_IDS.map((id) => plain(group.sections.find((s) => s.sectionId === id)?.mean)),
    ...ITEM_IDS.map(() => ''),
  ];
  // Formula-looking labels are quoted as text so spreadsheets do not evaluate them.
  return Papa.unparse({ fields, data: [...rows, summary] }, { escapeFormulae: true });
}

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
