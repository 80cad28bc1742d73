import { describe, expect, it } from 'vitest';
import { carryOverCandidates, dueRetakeReminders } from './retake';

const audit = (id: string, createdAt: number, businessName = 'Corner Bakery', context = '') => ({
  id,
  createdAt,
  businessName,
  context,
});

describe('carryOverCandidates', () => {
  const retake = audit('now', 5_000);
  it.each([
    [
      'earlier audits of the same business, most recent first',
      [audit('a', 1_000), audit('b', 3_000)],
      ['b', 'a'],
    ],
    ['spelt differently, still the same business', [audit('a', 1_000, ' corner  BAKERY ')], ['a']],
    ['later audits are not sources', [audit('later', 6_000)], []],
    ['an audit created at the same moment is not earlier', [audit('same', 5_000)], []],
    ['another business', [audit('x', 1_000, 'Corner Café')], []],
    ['the same name in another context', [audit('x', 1_000, 'Corner Bakery', 'Course B')], []],
    ['itself', [retake], []],
  ])('%s', (_case, others, expected) => {
    expect(carryOverCandidates(retake, [retake, ...others]).map((a) => a.id)).toEqual(expected);
  });

  it('gives an unnamed audit nothing, even from another unnamed audit', () => {
    const unnamed = audit('u2', 5_000, '', '');
    expect(carryOverCandidates(unnamed, [audit('u1', 1_000, '', ''), unnamed])).toEqual([]);
  });
});

describe('dueRetakeReminders', () => {
  const plan = (assessmentId: string, nextAuditDate: string | null) => ({
    assessmentId,
    nextAuditDate,
  });

  it.each([
    ['due today', [plan('a', '2030-05-01')], [audit('a', 1_000)], ['a']],
    ['overdue', [plan('a', '2030-04-01')], [audit('a', 1_000)], ['a']],
    ['not yet due', [plan('a', '2030-05-02')], [audit('a', 1_000)], []],
    ['no date', [plan('a', null)], [audit('a', 1_000)], []],
    ['re-taken since', [plan('a', '2030-04-01')], [audit('a', 1_000), audit('b', 2_000)], []],
    [
      'an earlier audit is no re-take',
      [plan('a', '2030-04-01')],
      [audit('a', 2_000), audit('b', 1_000)],
      ['a'],
    ],
    [
      'another business audited since',
      [plan('a', '2030-04-01')],
      [audit('a', 1_000), audit('b', 2_000, 'Other')],
      ['a'],
    ],
    [
      'same name, other context audited since',
      [plan('a', '2030-04-01')],
      [audit('a', 1_000), audit('b', 2_000, 'Corner Bakery', 'Course B')],
      ['a'],
    ],
    [
      'unnamed audit followed by another unnamed one',
      [plan('a', '2030-04-01')],
      [audit('a', 1_000, ''), audit('b', 2_000, '')],
      ['a'],
    ],
    ['the plan of a deleted audit', [plan('gone', '2030-04-01')], [audit('a', 1_000)], []],
    [
      'earliest date first',
      [plan('b', '2030-04-20'), plan('a', '2030-03-01')],
      [audit('a', 1_000, 'A'), audit('b', 1_000, 'B')],
      ['a', 'b'],
    ],
  ])('%s', (_case, plans, assessments, expected) => {
    expect(dueRetakeReminders(plans, assessments, '2030-05-01').map((r) => r.assessmentId)).toEqual(
      expected,
    );
  });

  it('carries the business and the date for the reminder text', () => {
    expect(
      dueRetakeReminders(
        [plan('a', '2030-04-01')],
        [audit('a', 1, 'Kedai', 'Kursus')],
        '2030-05-01',
      ),
    ).toEqual([
      { assessmentId: 'a', businessName: 'Kedai', context: 'Kursus', nextAuditDate: '2030-04-01' },
    ]);
  });
});
