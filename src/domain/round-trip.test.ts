// The round-trip guarantee (issue 12), as properties over generated records within the
// schemas, hostile text included: whatever the app can store, it can export, and every
// export reads back unchanged — backup, participant result file, workshop file, the
// workshop CSV, the assessments CSV into a workshop, and share codes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOW,
  actionPlan,
  assessment,
  completeAnswers,
  participants,
  rawText,
  recordId,
  timestamp,
  workshop,
} from '../../tests/fixtures/arbitraries';
import { aggregateResults } from './aggregate';
import { FORBIDDEN_KEYS, parseBackupText, type Backup } from './backup-schema';
import { assessmentsToCsv } from './csv-export';
import { isComplete } from './assessment';
import {
  MAX_SHARED_NAME_BYTES,
  decodeShareCode,
  encodeShareCode,
  resultIdFor,
  sharedName,
} from './share-code';
import { DAY_MS } from './timestamps';
import {
  fingerprintFor,
  labelFor,
  parseWorkshopInputFile,
  resultFileFor,
  workshopFileFor,
} from './workshop';
import { candidatesFromCsv, workshopCsv } from './workshop-csv';

const RUNS = { numRuns: 60 };

/** True when a JSON value has a key the backup schema refuses, at any depth. */
function holdsForbiddenKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, inner]) => FORBIDDEN_KEYS.has(key) || holdsForbiddenKey(inner),
  );
}

const backup: fc.Arbitrary<Backup> = fc
  .uniqueArray(assessment, { maxLength: 5, selector: (a) => a.id })
  .chain((assessments) =>
    fc.record({
      app: fc.constant('centricity' as const),
      formatVersion: fc.constant(1 as const),
      exportedAt: timestamp,
      assessments: fc.constant(assessments),
      actionPlans: fc
        .subarray(assessments.map((a) => a.id))
        .chain((ids) => fc.tuple(...ids.map((id) => actionPlan(id)))),
      workshops: fc.uniqueArray(workshop, { maxLength: 2, selector: (w) => w.id }),
      settings: fc.uniqueArray(
        fc.record({
          key: fc.string({ minLength: 1, maxLength: 40 }),
          // As a setting reaches a backup: through JSON, so -0 is already 0 (JSON has no -0),
          // and without the keys the app never writes and an import refuses (FORBIDDEN_KEYS,
          // whose refusal backup-schema.test checks).
          value: fc
            .jsonValue({ maxDepth: 3 })
            .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
            .filter((value) => !holdsForbiddenKey(value)) as fc.Arbitrary<
            Backup['settings'][number]['value']
          >,
        }),
        { maxLength: 3, selector: (s) => s.key },
      ),
    }),
  )
  .chain((partial) =>
    fc
      .tuple(...partial.workshops.map((w) => participants(w.id, { maxLength: 4 })))
      .map((lists) => ({ ...partial, participants: lists.flat() })),
  )
  .filter((b) => new Set(b.participants.map((p) => p.id)).size === b.participants.length);

describe('export → import is the identity', () => {
  it('backup (every table, hostile text)', () => {
    fc.assert(
      fc.property(backup, (generated) => {
        const parsed = parseBackupText(JSON.stringify(generated, null, 2));
        expect(parsed).toEqual({ ok: true, backup: generated });
      }),
      RUNS,
    );
  });

  it('participant result file', () => {
    fc.assert(
      fc.property(
        recordId,
        fc.option(timestamp, { nil: null }),
        completeAnswers,
        fc.option(fc.record({ businessName: rawText, respondent: rawText }), { nil: null }),
        (assessmentId, completedAt, answers, rawNames) => {
          // Names as an assessment stores them (the share page puts those in the file).
          const stored = assessmentNames(rawNames);
          const file = resultFileFor({
            resultId: resultIdFor(assessmentId),
            completedAt,
            answers,
            names: stored,
          });
          const parsed = parseWorkshopInputFile(`${JSON.stringify(file, null, 2)}\n`);
          expect(parsed).toEqual({
            ok: true,
            kind: 'result',
            candidate: {
              fingerprint: fingerprintFor(resultIdFor(assessmentId)),
              label: labelFor(stored),
              answers,
              source: 'file',
            },
          });
        },
      ),
      RUNS,
    );
  });

  it('workshop file (another trainer’s), keeping when each participant was added', () => {
    fc.assert(
      fc.property(
        workshop.chain((w) => fc.tuple(fc.constant(w), participants(w.id))),
        timestamp,
        ([generated, group], exportedAt) => {
          const file = workshopFileFor(generated, group, exportedAt);
          const parsed = parseWorkshopInputFile(`${JSON.stringify(file, null, 2)}\n`);
          expect(parsed).toEqual({
            ok: true,
            kind: 'workshop',
            file,
            candidates: group.map(({ fingerprint, label, answers, source, addedAt }) => ({
              fingerprint,
              label,
              answers,
              source,
              addedAt,
            })),
          });
        },
      ),
      RUNS,
    );
  });

  it('workshop CSV → workshop: same identities, labels and answers', () => {
    fc.assert(
      fc.property(
        participants('w', { maxLength: 8 }).filter((group) => group.length > 0),
        rawText,
        (group, summaryLabel) => {
          const csv = workshopCsv(
            group,
            aggregateResults(group.map((p) => p.answers)),
            summaryLabel,
          );
          const read = candidatesFromCsv(csv);
          expect(read).toEqual({
            ok: true,
            candidates: group.map(({ fingerprint, label, answers }) => ({
              fingerprint,
              label,
              answers,
              source: 'csv',
            })),
          });
        },
      ),
      RUNS,
    );
  });

  it('assessments CSV → workshop: each finished assessment once, named by business and respondent', () => {
    fc.assert(
      fc.property(fc.uniqueArray(assessment, { maxLength: 6, selector: (a) => a.id }), (list) => {
        const finished = list.filter((a) => isComplete(a));
        const read = candidatesFromCsv(assessmentsToCsv(list));
        if (finished.length === 0) {
          expect(read).toMatchObject({ ok: false });
          return;
        }
        expect(read).toEqual({
          ok: true,
          candidates: finished.map((a) => ({
            fingerprint: fingerprintFor(resultIdFor(a.id)),
            label: labelFor(a),
            answers: a.answers,
            source: 'csv',
          })),
        });
      }),
      RUNS,
    );
  });

  it('share code: answers, result id, completion day and names within the code’s limit', () => {
    fc.assert(
      fc.property(
        completeAnswers,
        fc.option(recordId, { nil: null }),
        fc.option(fc.integer({ min: Date.UTC(2000, 0, 2), max: NOW }), { nil: null }),
        fc.option(fc.record({ businessName: rawText, respondent: rawText }), { nil: null }),
        (answers, assessmentId, completedAt, names) => {
          const decoded = decodeShareCode(
            encodeShareCode({ answers, assessmentId, completedAt, names }),
          );
          expect(decoded).toEqual({
            ok: true,
            result: {
              answers,
              resultId: assessmentId ? resultIdFor(assessmentId) : null,
              completedAt: completedAt === null ? null : Math.floor(completedAt / DAY_MS) * DAY_MS,
              names: names && {
                businessName: sharedName(names.businessName),
                respondent: sharedName(names.respondent),
              },
              workshopTag: null,
            },
          });
          if (decoded.ok && decoded.result.names) {
            for (const name of Object.values(decoded.result.names))
              expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(
                MAX_SHARED_NAME_BYTES,
              );
            // A shared name is already as the app stores names: sharing it again is stable.
            expect(sharedName(decoded.result.names.businessName)).toBe(
              decoded.result.names.businessName,
            );
          }
        },
      ),
      RUNS,
    );
  });
});

function assessmentNames(
  raw: { businessName: string; respondent: string } | null,
): { businessName: string; respondent: string } | null {
  if (!raw) return null;
  const parsed = parseBackupText(
    JSON.stringify({
      app: 'centricity',
      formatVersion: 1,
      exportedAt: NOW,
      assessments: [
        {
          id: 'x',
          businessName: raw.businessName.slice(0, 100),
          respondent: raw.respondent.slice(0, 100),
          context: '',
          locale: 'en',
          answers: {},
          notes: {},
          createdAt: NOW,
          updatedAt: NOW,
          completedAt: null,
        },
      ],
      actionPlans: [],
      workshops: [],
      participants: [],
      settings: [],
    }),
  );
  if (!parsed.ok) throw new Error('names the schema refuses');
  const [stored] = parsed.backup.assessments;
  return { businessName: stored!.businessName, respondent: stored!.respondent };
}
