import { describe, expect, it } from 'vitest';
import { ITEM_IDS, type AnswerValue } from './instrument';
import { MAX_QUOTE_LENGTH, quote, readPastedLinks } from './pasted-links';
import { encodeShareCode, resultIdFor, shareLink, type CompleteAnswers } from './share-code';

function filled(value: AnswerValue): CompleteAnswers {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers;
}

const CODE = encodeShareCode({ answers: filled(4), assessmentId: 'aminah' });
const OTHER = encodeShareCode({
  answers: filled(2),
  assessmentId: 'budi',
  workshopTag: 'K7QX',
  names: { businessName: '', respondent: 'Seat 7' },
});
const LINK = shareLink('https://centricity.example', CODE);
const OTHER_LINK = shareLink('http://localhost:4173', OTHER);
const CUT = LINK.slice(0, -5);
const DAMAGED = `${LINK.slice(0, -3)}${LINK.at(-3) === 'x' ? 'y' : 'x'}${LINK.slice(-2)}`;

const AMINAH = resultIdFor('aminah');
const BUDI = resultIdFor('budi');

describe('a result is found wherever it stands in a line', () => {
  it.each([
    ['the link alone', LINK, [AMINAH]],
    ['the bare code alone', CODE, [AMINAH]],
    ['WhatsApp export', `12/03/2025, 10:42 - Aminah: ${LINK}`, [AMINAH]],
    ['words after it', `${LINK} here is mine, sorry it's late!`, [AMINAH]],
    ['name and time before it', `[10:42] Aminah Binti Yusof: ${LINK}`, [AMINAH]],
    ['Slack angle brackets', `Aminah <${LINK}>`, [AMINAH]],
    ['Markdown link', `[my result](${LINK}).`, [AMINAH]],
    ['in parentheses, then a full stop', `(see ${LINK}).`, [AMINAH]],
    ['a fragment escaped as %23', LINK.replace('#', '%23'), [AMINAH]],
    ['the bare code in a sentence', `Code: ${CODE}, thanks`, [AMINAH]],
    ['a code in chat italics', `_${CODE}_`, [AMINAH]],
    ['two links in one line', `${LINK} and ${OTHER_LINK}`, [AMINAH, BUDI]],
    ['Persian text around it', `نتیجهٔ من: ${LINK} ممنون`, [AMINAH]],
    ['a link without scheme', `centricity.example/s#${CODE}`, [AMINAH]],
  ])('%s', (_name, line, ids) => {
    const reading = readPastedLinks(line);
    expect(reading.problems).toEqual([]);
    expect(reading.results.map((result) => result.shared.resultId)).toEqual(ids);
  });

  it('keeps what the code carries: names and workshop tag', () => {
    const [result] = readPastedLinks(`Budi: ${OTHER_LINK}`).results;
    expect(result?.shared).toMatchObject({
      resultId: BUDI,
      workshopTag: 'K7QX',
      names: { businessName: '', respondent: 'Seat 7' },
    });
    expect(result?.text).toBe(OTHER_LINK);
  });
});

describe('what cannot be read is quoted as it stands', () => {
  it.each([
    ['a cut-off link', `Aminah: ${CUT} (sorry)`, CUT, 'truncated'],
    ['a damaged link', `${DAMAGED} thanks`, DAMAGED, 'checksum'],
    [
      'a link with no code',
      'look: https://centricity.example/s#',
      'https://centricity.example/s#',
      'truncated',
    ],
    ['a cut-off bare code, alone', CODE.slice(0, 12), CODE.slice(0, 12), 'truncated'],
    [
      'a long word that is no code',
      'Terima kasih ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'malformed',
    ],
  ] as const)('%s', (_name, line, text, error) => {
    const reading = readPastedLinks(line);
    expect(reading.results).toEqual([]);
    expect(reading.problems).toEqual([{ text, error, line }]);
  });

  it('shortens a very long quote in the middle', () => {
    const long = `https://centricity.example/s#${'A'.repeat(200)}`;
    const [problem] = readPastedLinks(long).problems;
    expect(problem?.text).toHaveLength(MAX_QUOTE_LENGTH);
    expect(problem?.text).toMatch(/^https:\/\/centricity\.example\/s#A+…A+$/);
    expect(quote('short')).toBe('short');
  });
});

describe('a whole paste', () => {
  it('reads good lines, quotes bad ones with their line, and counts chat noise', () => {
    const paste = [
      '[10:40] Trainer: please send your links',
      `[10:41] Aminah: ${LINK}`,
      '',
      `[10:42] Budi: ${CUT}`,
      'thanks!',
      `[10:43] Budi: ${OTHER_LINK} 👍`,
      'hello',
    ].join('\r\n');
    const reading = readPastedLinks(paste);
    expect(reading.results.map((result) => result.shared.resultId)).toEqual([AMINAH, BUDI]);
    expect(reading.problems).toEqual([
      { text: CUT, error: 'truncated', line: `[10:42] Budi: ${CUT}` },
    ]);
    expect(reading.ignoredLines).toBe(3);
  });

  it('finds nothing in an empty box', () => {
    expect(readPastedLinks('  \n\n ')).toEqual({ results: [], problems: [], ignoredLines: 0 });
  });
});
