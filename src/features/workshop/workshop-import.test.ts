import { describe, expect, it } from 'vitest';
import { aggregateResults } from '../../domain/aggregate';
import { ITEM_IDS, type AnswerValue } from '../../domain/instrument';
import {
  encodeShareCode,
  resultIdFor,
  shareLink,
  type CompleteAnswers,
} from '../../domain/share-code';
import {
  MAX_PARTICIPANTS,
  MAX_WORKSHOP_FILE_BYTES,
  fingerprintFor,
  parseWorkshopInputFile,
  type WorkshopParticipant,
} from '../../domain/workshop';
import { workshopCsv } from '../../domain/workshop-csv';
import { workshopJson } from './workshop-export';
import { candidatesFromFiles, candidatesFromLinks } from './workshop-import';

const T0 = Date.UTC(2025, 2, 12);

function filled(value: AnswerValue): CompleteAnswers {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers;
}

function participant(n: number, answers: CompleteAnswers, label: string | null = null) {
  return {
    id: `p${n}`,
    workshopId: 'w',
    fingerprint: `csv:test:${n}`,
    label,
    answers,
    source: 'file',
    addedAt: T0 + n,
  } satisfies WorkshopParticipant;
}

describe('links', () => {
  it('reads links amid chat text, skips blank and chat-only lines and quotes bad links', () => {
    const good = shareLink(
      'https://x.example',
      encodeShareCode({ answers: filled(4), assessmentId: 'a' }),
    );
    const cut = good.slice(0, -6);
    const read = candidatesFromLinks(`Ana, 10:42: ${good} thanks\n\n  ${cut}  \nhello\n`);
    if (!read.ok) throw new Error('refused');
    expect(read.candidates).toEqual([
      {
        fingerprint: fingerprintFor(resultIdFor('a')),
        label: null,
        answers: filled(4),
        source: 'link',
      },
    ]);
    expect(read.problems).toEqual([{ text: cut, error: 'truncated', line: cut }]);
    expect(read.ignoredLines).toBe(1);
  });

  it('keeps two links without a result id apart, and finds them again in the same text', () => {
    const anonymous = shareLink('https://x.example', encodeShareCode({ answers: filled(3) }));
    const text = `${anonymous}\n${anonymous}`;
    const first = candidatesFromLinks(text);
    if (!first.ok) throw new Error('refused');
    expect(new Set(first.candidates.map((c) => c.fingerprint)).size).toBe(2);
    const again = candidatesFromLinks(text);
    expect(again.ok && again.candidates.map((c) => c.fingerprint)).toEqual(
      first.candidates.map((c) => c.fingerprint),
    );
  });

  it(`refuses more than ${MAX_PARTICIPANTS} links at once, with the count`, () => {
    const line = shareLink('https://x.example', encodeShareCode({ answers: filled(3) }));
    const text = Array.from({ length: MAX_PARTICIPANTS + 1 }, () => line).join('\n');
    expect(candidatesFromLinks(text)).toEqual({
      ok: false,
      tooMany: MAX_PARTICIPANTS + 1,
      max: MAX_PARTICIPANTS,
    });
    const exactly = Array.from({ length: MAX_PARTICIPANTS }, () => line).join('\n');
    expect(candidatesFromLinks(exactly).ok).toBe(true);
  });
});

describe('files', () => {
  const resultFile = (answers: Record<string, number>, extra: object = {}) =>
    JSON.stringify({
      format: 'centricity-result',
      version: 1,
      resultId: null,
      completedAt: null,
      answers,
      ...extra,
    });

  it('explains each kind of bad file', () => {
    expect(parseWorkshopInputFile('{oops')).toMatchObject({ ok: false, problem: 'notJson' });
    expect(parseWorkshopInputFile('{"a":1}')).toMatchObject({
      ok: false,
      problem: 'unknownFormat',
    });
    expect(parseWorkshopInputFile(resultFile(filled(3), { version: 2 }))).toMatchObject({
      ok: false,
      problem: 'newerVersion',
    });
    const unknownItem = parseWorkshopInputFile(resultFile({ ...filled(3), 'culture.9': 3 }));
    expect(unknownItem).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!unknownItem.ok && unknownItem.detail).toMatch(/culture\.9/);
    const partial = parseWorkshopInputFile(resultFile({ 'culture.1': 3 }));
    expect(!partial.ok && partial.detail).toMatch(/all 25 statements/);
  });

  it('gives schema problems as codes with their paths, for the screen to translate', () => {
    const unknownItem = parseWorkshopInputFile(resultFile({ ...filled(3), 'culture.9': 3 }));
    expect(!unknownItem.ok && unknownItem.issues).toEqual([
      { path: "answers['culture.9']", code: 'unknownStatement', message: 'unknown statement' },
    ]);
    const outOfRange = parseWorkshopInputFile(resultFile({ ...filled(3), 'staff.2': 9 }));
    expect(!outOfRange.ok && outOfRange.issues).toEqual([
      {
        path: "answers['staff.2']",
        code: 'outOfRange',
        params: { value: '9' },
        message: 'answer 9 is out of range 1–5',
      },
    ]);
    const partial = parseWorkshopInputFile(resultFile({ 'culture.1': 3 }));
    expect(!partial.ok && partial.issues).toEqual([
      expect.objectContaining({ path: 'answers', code: 'notAllAnswered', params: { total: 25 } }),
    ]);
  });

  it('reads many files, a workshop file and a CSV together', async () => {
    const group = [participant(1, filled(2)), participant(2, filled(5), 'Ana')];
    const workshop = { id: 'w', name: 'W', createdAt: T0, updatedAt: T0 };
    const files = [
      new File([resultFile(filled(1), { businessName: 'Café', respondent: '' })], 'a.json'),
      new File([workshopJson(workshop, group, T0 + 9)], 'w.json'),
      new File(
        [workshopCsv(group, aggregateResults(group.map((p) => p.answers)), 'Mean')],
        'x.csv',
      ),
      new File(['not json'], 'bad.json'),
    ];
    const { candidates, problems } = await candidatesFromFiles(files);
    expect(candidates.map((c) => [c.label, c.answers['culture.1'], c.source])).toEqual([
      ['Café', 1, 'file'],
      [null, 2, 'file'],
      ['Ana', 5, 'file'],
      [null, 2, 'csv'],
      ['Ana', 5, 'csv'],
    ]);
    // The CSV keeps the fingerprints, so re-importing an export does not duplicate anyone.
    expect(candidates[3]!.fingerprint).toBe(group[0]!.fingerprint);
    // A workshop file keeps when each participant was first added.
    expect(candidates[1]!.addedAt).toBe(T0 + 1);
    expect(problems).toEqual([{ file: 'bad.json', kind: 'notJson', detail: expect.any(String) }]);
  });

  it('refuses a file over the limit from its size alone, naming the limit', async () => {
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: MAX_WORKSHOP_FILE_BYTES + 1 });
    let read = false;
    huge.text = () => {
      read = true;
      return Promise.resolve('x');
    };
    const { candidates, problems } = await candidatesFromFiles([huge]);
    expect(candidates).toEqual([]);
    expect(problems).toEqual([
      { file: 'huge.csv', kind: 'tooLarge', detail: '', limitBytes: MAX_WORKSHOP_FILE_BYTES },
    ]);
    expect(read).toBe(false);
  });
});
