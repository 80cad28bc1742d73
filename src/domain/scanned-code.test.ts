import { describe, expect, it } from 'vitest';
import { ITEM_IDS, type AnswerValue } from './instrument';
import { createScanGate, readScannedCode } from './scanned-code';
import { encodeShareCode, resultIdFor, shareLink, type CompleteAnswers } from './share-code';
import { inviteLink } from './workshop-invite';

const ORIGIN = 'http://192.168.1.20:4173';
const answers = Object.fromEntries(ITEM_IDS.map((id) => [id, 3 as AnswerValue])) as CompleteAnswers;
const link = (workshopTag: string | null) =>
  shareLink(ORIGIN, encodeShareCode({ answers, assessmentId: 'p1', workshopTag }));

describe('reading a scanned QR code for workshop K7QX', () => {
  it.each([
    ['a result made for this workshop', link('K7QX'), { kind: 'result', otherWorkshop: false }],
    ['a result made for another workshop', link('M2P9'), { kind: 'result', otherWorkshop: true }],
    [
      'an untagged result (ordinary share page)',
      link(null),
      { kind: 'result', otherWorkshop: false },
    ],
    ['a damaged result link', `${link('K7QX').slice(0, -1)}A`, { kind: 'damaged' }],
    ['a cut-off result link', link('K7QX').slice(0, -6), { kind: 'damaged', error: 'truncated' }],
    ['a link with a non-code character', `${ORIGIN}/s#AQ!x`, { kind: 'damaged' }],
    [
      'the workshop invite itself',
      inviteLink(ORIGIN, { tag: 'K7QX', name: 'Evening' }),
      { kind: 'invite' },
    ],
    ['a web address', 'https://example.com/menu', { kind: 'foreign' }],
    ['a Wi-Fi code', 'WIFI:S:Cafe Nora;T:WPA;P:kopi-susu-2025;;', { kind: 'foreign' }],
    ['plain text', 'Hello', { kind: 'foreign' }],
  ] as const)('%s', (_name, text, expected) => {
    expect(readScannedCode(text, 'K7QX')).toMatchObject(expected);
  });

  it('hands over the decoded result', () => {
    const scanned = readScannedCode(link('K7QX'), 'K7QX');
    expect(scanned.kind === 'result' && scanned.shared.resultId).toBe(resultIdFor('p1'));
  });

  it('treats every tagged result as another workshop’s when this one has no tag', () => {
    expect(readScannedCode(link('K7QX'), null)).toMatchObject({ otherWorkshop: true });
    expect(readScannedCode(link(null), null)).toMatchObject({ otherWorkshop: false });
  });
});

describe('the scan gate', () => {
  it('acts once while a code stays in view, again after it was away', () => {
    const gate = createScanGate(1500);
    const sightings = [
      ['A', 0, true],
      ['A', 100, false],
      ['A', 1400, false],
      ['A', 2800, false], // still in view: each sighting extends the quiet time
      ['B', 2900, true],
      ['A', 4301, true], // away for more than 1.5 s, shown again
      ['B', 4350, false],
    ] as const;
    for (const [text, now, handled] of sightings) {
      expect(gate(text, now), `${text} at ${now}`).toBe(handled);
    }
  });

  it('forgets old codes once many were seen', () => {
    const gate = createScanGate(10);
    for (let i = 0; i < 500; i++) gate(`code ${i}`, i * 100);
    expect(gate('code 0', 50_000)).toBe(true);
  });
});
