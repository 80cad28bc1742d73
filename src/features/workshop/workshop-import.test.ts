import { describe, expect, it } from 'vitest';
import { aggregateResults } from '../../domain/aggregate';
import type { Assessment } from '../../domain/assessment';
import { assessmentsToCsv } from '../../domain/csv-export';
import { ITEM_IDS, type AnswerValue, type Answers } from '../../domain/instrument';
import {
  encodeShareCode,
  resultIdFor,
  shareLink,
  type CompleteAnswers,
} from '../../domain/share-code';
import {
  fingerprintFor,
  parseWorkshopInputFile,
  type WorkshopParticipant,
} from '../../domain/workshop';
import { workshopCsv, workshopJson } from './workshop-export';
import { candidatesFromCsv, candidatesFromFiles, candidatesFromLinks } from './workshop-import';

function filled(value: AnswerValue): CompleteAnswers {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value])) as CompleteAnswers;
}

function participant(
  n: number,
  answers: Answers,
  label: string | null = null,
): WorkshopParticipant {
  return {
    id: `p${n}`,
    workshopId: 'w',
    fingerprint: fingerprintFor(null, answers),
    label,
    answers,
    source: 'file',
    addedAt: Date.UTC(2025, 2, 12) + n,
  };
}

describe('links', () => {
  it('reads links amid chat text, skips blank and chat-only lines and quotes bad links', () => {
    const good = shareLink(
      'https://x.example',
      encodeShareCode({ answers: filled(4), assessmentId: 'a' }),
    );
    const cut = good.slice(0, -6);
    const { candidates, problems, ignoredLines } = candidatesFromLinks(
      `Ana, 10:42: ${good} thanks\n\n  ${cut}  \nhello\n`,
    );
    expect(candidates).toEqual([
      {
        fingerprint: `result:${resultIdFor('a')}`,
        label: null,
        answers: filled(4),
        source: 'link',
      },
    ]);
    expect(problems).toEqual([{ text: cut, error: 'truncated', line: cut }]);
    expect(ignoredLines).toBe(1);
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
    const files = [
      new File([resultFile(filled(1), { businessName: 'Café', respondent: '' })], 'a.json'),
      new File(
        [workshopJson({ id: 'w', name: 'W', createdAt: 1, updatedAt: 1 }, group, 9)],
        'w.json',
      ),
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
    expect(problems).toEqual([{ file: 'bad.json', kind: 'notJson', detail: expect.any(String) }]);
  });
});

describe('CSV', () => {
  it('exports one row per participant plus a summary row, with formulae defused', () => {
    const group = [participant(1, filled(2), '=HYPERLINK("x")'), participant(2, filled(4))];
    const csv = workshopCsv(
      group,
      aggregateResults(group.map((p) => p.answers)),
      'Group mean (n = 2)',
    );
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^participant,label,fingerprint,source,addedAt,total,band,culture,/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain(',14,atRisk,2,2,2,2,2,2,2,');
    expect(lines[3]).toMatch(/^summary,Group mean \(n = 2\),,,,21,adequate,3,3,3,3,3,3,3,+$/);
  });

  it('reads a CSV keyed by statement ids and refuses a bad one, saying where', () => {
    const header = ['id', 'businessName', ...ITEM_IDS].join(',');
    const row = (id: string, value: string) => [id, 'Shop', ...ITEM_IDS.map(() => value)].join(',');
    const ok = candidatesFromCsv(`${header}\n${row('abc', '3')}\n`);
    expect(ok).toEqual({
      ok: true,
      candidates: [
        {
          fingerprint: `result:${resultIdFor('abc')}`,
          label: 'Shop',
          answers: filled(3),
          source: 'csv',
        },
      ],
    });
    const bad = candidatesFromCsv(
      `${header}\n${row('abc', '3')}\n${row('def', '3').replace(/,3$/, ',6')}\n`,
    );
    expect(bad).toEqual({
      ok: false,
      problems: [{ kind: 'csvRow', row: 3, column: 'improvement.3', value: '6' }],
    });
    expect(candidatesFromCsv('a,b\n1,2\n')).toMatchObject({
      ok: false,
      problems: [{ kind: 'csvNoItems' }],
    });
  });
});

describe('the CSV of Settings → export, read by the workshop import', () => {
  // The contract between the two ends: a trainer may import the assessments a device
  // exported. Built by the exporter itself, so a renamed or reordered column breaks this.
  const audit = (id: string, name: string, answers: Answers): Assessment => ({
    id,
    businessName: name,
    respondent: 'Ana, "the owner"',
    context: 'BUS 210',
    locale: 'sk',
    answers,
    notes: {},
    createdAt: 1_000,
    updatedAt: 2_000,
    completedAt: Object.keys(answers).length === ITEM_IDS.length ? 3_000 : null,
  });

  it('gives one participant per completed audit, with its answers, and skips one not begun', () => {
    const mixed = Object.fromEntries(
      ITEM_IDS.map((id, index) => [id, ((index % 5) + 1) as AnswerValue]),
    ) as CompleteAnswers;
    const csv = assessmentsToCsv([
      audit('a1', 'Pekáreň, s.r.o.', filled(4)),
      audit('a2', '=SUM(A1)', mixed),
      audit('a3', 'Not begun', {}),
    ]);
    const read = candidatesFromCsv(csv);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.candidates.map((candidate) => candidate.answers)).toEqual([filled(4), mixed]);
    // The same audit exported twice is recognised as the same participant.
    const again = candidatesFromCsv(assessmentsToCsv([audit('a1', 'Pekáreň, s.r.o.', filled(4))]));
    expect(again.ok && again.candidates[0]!.fingerprint).toBe(read.candidates[0]!.fingerprint);
    expect(read.candidates[0]!.fingerprint).not.toBe(read.candidates[1]!.fingerprint);
  });
});
