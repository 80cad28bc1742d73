// The complaint log, survey rounds and problems worksheet in the JSON backup: export →
// delete all → import gives back exactly what was stored (property-based, with fast-check),
// an older backup without these sections still imports, and a bad record in any of them
// leaves the database exactly as it was.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { validBackup } from '../../tests/fixtures/backup/corpus';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  RECOVERY_STEPS,
  complaintSchema,
  type Complaint,
} from '../domain/complaints';
import { customerSurveySchema, type CustomerSurvey } from '../domain/customer-surveys';
import { PROBLEM_SOURCES, problemSchema, type Problem } from '../domain/top-problems';
import { backupToJson, countRecords, deleteAllData, exportBackup, importBackup } from './backup';
import { db } from './database';

/** A backup's own time must lie in the accepted range (2000 … tomorrow), like every time. */
const EXPORTED_AT = Date.UTC(2025, 0, 1);

beforeEach(async () => {
  await deleteAllData();
});

// Text as people type it in any of the five languages, as the schemas store it.
const CHARS = [...'abcz Ááčďéíĺľňóôŕšťúýžاآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی۰۱۹ 0129.,;:!?"\'=+-@€%'];
/** Several lines, as a note may have. */
const text = (max: number) =>
  fc
    .array(fc.constantFrom(...CHARS, '\n'), { maxLength: Math.min(max, 40) })
    .map((chars) => chars.join(''));
/** One line, trimmed: how a name or label is stored. */
const trimmed = (max: number, min = 0) =>
  fc
    .array(fc.constantFrom(...CHARS), { maxLength: Math.min(max, 40) })
    .map((chars) => chars.join('').trim())
    .filter((value) => value.length >= min);
/** Several lines, trimmed at both ends (a complaint's summary). */
const trimmedText = (max: number, min = 0) =>
  text(max)
    .map((value) => value.trim())
    .filter((value) => value.length >= min);
// Up to now: a stored moment is never more than a day ahead of the clock.
const time = fc.integer({ min: 946_684_800_000, max: Date.now() - 100 * 86_400_000 });
const isoDay = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map(
    (date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
  );
const id = fc.uuid();
const business = fc.constantFrom('Corner Bakery', 'کافه نور', 'Pekáreň u Jána');
const context = fc.constantFrom('', 'MBA 2026', 'Pobočka Nitra');

const complaintArbitrary: fc.Arbitrary<Complaint> = fc
  .record({
    id,
    businessName: business,
    context,
    receivedAt: time,
    channel: fc.constantFrom(...COMPLAINT_CHANNELS),
    category: fc.constantFrom(...COMPLAINT_CATEGORIES),
    customCategory: trimmed(60, 1),
    summary: trimmedText(2000, 1),
    customerName: trimmed(120),
    customerContact: trimmed(200),
    receivedBy: trimmed(120),
    solution: text(2000),
    fixedOnTheSpot: fc.boolean(),
    promisedDate: fc.option(isoDay, { nil: null }),
    actionTaken: text(2000),
    escalated: fc.boolean(),
    escalatedTo: trimmed(120),
    followUpDate: fc.option(isoDay, { nil: null }),
    followUpHow: trimmed(500),
    customerSatisfied: fc.option(fc.boolean(), { nil: null }),
    compensation: trimmed(500),
    prevention: text(2000),
    recoverySteps: fc.subarray([...RECOVERY_STEPS]),
    resolvedAfter: fc.option(fc.integer({ min: 0, max: 90 * 86_400_000 }), { nil: null }),
    editedAfter: fc.nat(1_000_000),
  })
  .map(({ resolvedAfter, editedAfter, ...fields }) => ({
    ...fields,
    customCategory: fields.category === 'custom' ? fields.customCategory : '',
    promisedDate: fields.fixedOnTheSpot ? null : fields.promisedDate,
    status: resolvedAfter === null ? ('open' as const) : ('resolved' as const),
    resolvedAt: resolvedAfter === null ? null : fields.receivedAt + resolvedAfter,
    createdAt: fields.receivedAt,
    updatedAt: fields.receivedAt + editedAfter,
  }));

const count = fc.nat(500);
const surveyArbitrary: fc.Arbitrary<CustomerSurvey> = fc
  .record({
    id,
    businessName: business,
    context,
    date: isoDay,
    label: trimmed(120),
    csat: fc.option(
      fc.tuple(fc.integer({ min: 1, max: 500 }), fc.nat(500)).map(([responses, satisfied]) => ({
        responses,
        satisfied: Math.min(satisfied, responses),
      })),
      { nil: null },
    ),
    nps: fc.option(
      fc.array(count, { minLength: 11, maxLength: 11 }).map((counts) => ({
        counts: counts.some((n) => n > 0) ? counts : [...counts.slice(1), 1],
      })),
      { nil: null },
    ),
    note: text(2000),
    createdAt: time,
    editedAfter: fc.nat(1_000_000),
  })
  .map(({ editedAfter, ...survey }) => ({
    ...survey,
    csat:
      survey.csat === null && survey.nps === null ? { responses: 1, satisfied: 1 } : survey.csat,
    updatedAt: survey.createdAt + editedAfter,
  }));

const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const problemArbitrary: fc.Arbitrary<Problem> = fc
  .record({
    id,
    businessName: business,
    context,
    title: trimmed(300, 1),
    source: fc.constantFrom(...PROBLEM_SOURCES),
    frequency: level,
    cost: level,
    concrete: fc.boolean(),
    note: text(1000),
    goal: fc.option(fc.record({ assessmentId: id, goalId: id }), { nil: null }),
    createdAt: time,
    editedAfter: fc.nat(1_000_000),
  })
  .map(({ editedAfter, ...problem }) => ({
    ...problem,
    categoryKey: problem.source === 'complaintLog' ? 'lateDelivery' : null,
    updatedAt: problem.createdAt + editedAfter,
  }));

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('complaint records in the backup', () => {
  it('the generators only make records the schemas accept unchanged', () => {
    fc.assert(
      fc.property(complaintArbitrary, surveyArbitrary, problemArbitrary, (c, s, p) => {
        expect(complaintSchema.parse(c)).toEqual(c);
        expect(customerSurveySchema.parse(s)).toEqual(s);
        expect(problemSchema.parse(p)).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });

  it('export → delete all → import round-trips any log, surveys and worksheet exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(complaintArbitrary, { selector: (c) => c.id, maxLength: 6 }),
        fc.uniqueArray(surveyArbitrary, { selector: (s) => s.id, maxLength: 4 }),
        fc.uniqueArray(problemArbitrary, { selector: (p) => p.id, maxLength: 4 }),
        async (complaints, customerSurveys, problems) => {
          await deleteAllData();
          const start = { ...validBackup(), complaints, customerSurveys, problems };
          const first = await importBackup(JSON.stringify(start));
          expect(first.ok).toBe(true);
          const exported = await exportBackup(EXPORTED_AT);
          expect(exported.complaints).toEqual(byId(complaints));
          expect(exported.customerSurveys).toEqual(byId(customerSurveys));
          expect(exported.problems).toEqual(byId(problems));

          await deleteAllData();
          expect(await db.complaints.count()).toBe(0);
          const second = await importBackup(backupToJson(exported));
          expect(second.ok && second.summary.added).toMatchObject({
            complaints: complaints.length,
            customerSurveys: customerSurveys.length,
            problems: problems.length,
          });
          expect(await exportBackup(EXPORTED_AT)).toEqual(exported);
          // Importing the same file again adds nothing.
          const third = await importBackup(backupToJson(exported));
          expect(third.ok && third.summary.skipped).toMatchObject({
            complaints: complaints.length,
            customerSurveys: customerSurveys.length,
            problems: problems.length,
          });
          expect(await exportBackup(EXPORTED_AT)).toEqual(exported);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a backup made before the complaint log imports and leaves its tables empty', async () => {
    const result = await importBackup(JSON.stringify(validBackup()));
    expect(result.ok && result.summary.added).toMatchObject({
      assessments: 3,
      complaints: 0,
      customerSurveys: 0,
      problems: 0,
    });
    const exported = await exportBackup(EXPORTED_AT);
    expect(exported).toMatchObject({ complaints: [], customerSurveys: [], problems: [] });
  });

  const good = fc.sample(complaintArbitrary, { numRuns: 1, seed: 7 })[0]!;
  it.each([
    [
      'a complaint resolved without a time',
      { complaints: [{ ...good, status: 'resolved', resolvedAt: null }] },
      'complaints[0].resolvedAt',
    ],
    [
      'two complaints with one id',
      { complaints: [good, { ...good, summary: 'Other' }] },
      'complaints[1].id',
    ],
    [
      'a complaint with an unknown channel',
      { complaints: [{ ...good, channel: 'pigeon' }] },
      'complaints[0].channel',
    ],
    [
      'a survey with more satisfied than answers',
      {
        customerSurveys: [
          {
            id: 's1',
            businessName: 'B',
            context: '',
            date: '2026-01-31',
            label: '',
            csat: { responses: 3, satisfied: 5 },
            nps: null,
            note: '',
            createdAt: 1_767_225_600_000,
            updatedAt: 1_767_225_600_000,
          },
        ],
      },
      'customerSurveys[0].csat.satisfied',
    ],
    [
      'a problem rated 7',
      {
        problems: [
          {
            id: 'p1',
            businessName: 'B',
            context: '',
            title: 'T',
            source: 'staff',
            categoryKey: null,
            frequency: 7,
            cost: 1,
            concrete: true,
            note: '',
            goal: null,
            createdAt: 1_767_225_600_000,
            updatedAt: 1_767_225_600_000,
          },
        ],
      },
      'problems[0].frequency',
    ],
  ])('refuses %s and writes nothing', async (_name, sections, path) => {
    await importBackup(JSON.stringify(validBackup()));
    const before = await exportBackup(EXPORTED_AT);
    const counts = await countRecords();
    const result = await importBackup(JSON.stringify({ ...validBackup(), ...sections }));
    expect(result.ok).toBe(false);
    expect(
      !result.ok && 'problem' in result && result.problem.kind === 'invalid'
        ? result.problem.issues.map((issue) => issue.path)
        : [],
    ).toContain(path);
    expect(await countRecords()).toEqual(counts);
    expect(await exportBackup(EXPORTED_AT)).toEqual(before);
  });
});
