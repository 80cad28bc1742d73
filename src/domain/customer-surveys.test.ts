import { describe, expect, it } from 'vitest';
import {
  emptySurveyForm,
  readSurveyForm,
  surveyFormValues,
  type SurveyFormValues,
} from './customer-surveys';
import { parseLocaleNumber } from './locale-number';

const TODAY = '2026-03-31';
const parse = (language: string) => (text: string) => parseLocaleNumber(text, language);

function form(overrides: Partial<SurveyFormValues>): SurveyFormValues {
  return { ...emptySurveyForm(TODAY), ...overrides };
}
const nps = (byScore: Record<number, string>) =>
  Array.from({ length: 11 }, (_, score) => byScore[score] ?? '');

describe('survey form', () => {
  it.each([
    ['nothing entered', {}, { responses: 'nothingEntered' }],
    ['no date', { date: '', responses: '5', satisfied: '4' }, { date: 'dateMissing' }],
    [
      'a date that does not exist',
      { date: '2026-02-30', responses: '5', satisfied: '4' },
      { date: 'dateInvalid' },
    ],
    [
      'a date in the future',
      { date: '2026-04-01', responses: '5', satisfied: '4' },
      { date: 'dateFuture' },
    ],
    ['CSAT without answers', { satisfied: '4' }, { responses: 'responsesMissing' }],
    [
      'CSAT with zero answers',
      { responses: '0', satisfied: '0' },
      { responses: 'responsesMissing' },
    ],
    ['CSAT without satisfied', { responses: '4' }, { satisfied: 'satisfiedMissing' }],
    [
      'more satisfied than answers',
      { responses: '4', satisfied: '5' },
      { satisfied: 'moreSatisfiedThanAnswers' },
    ],
    ['a fraction', { responses: '4.5', satisfied: '4' }, { responses: 'notCount' }],
    ['a word', { responses: 'many', satisfied: '4' }, { responses: 'notCount' }],
    ['a negative count', { responses: '-3', satisfied: '1' }, { responses: 'notCount' }],
    ['too many answers', { responses: '1000001', satisfied: '1' }, { responses: 'tooMany' }],
    ['NPS all zero', { npsCounts: nps({ 3: '0', 9: '0' }) }, { 'npsCounts.0': 'nothingEntered' }],
    [
      'an NPS count that is not a number',
      { npsCounts: nps({ 9: 'x' }) },
      { 'npsCounts.9': 'notCount' },
    ],
  ])('refuses %s', (_name, overrides, expected) => {
    const result = readSurveyForm(form(overrides), TODAY, parse('en'));
    expect(result.ok ? {} : result.errors).toEqual(expected);
  });

  it('reads CSAT alone, NPS alone (empty scores are zero) and both', () => {
    expect(
      readSurveyForm(
        form({ responses: '20', satisfied: '17', label: ' March ' }),
        TODAY,
        parse('en'),
      ),
    ).toEqual({
      ok: true,
      fields: {
        date: TODAY,
        label: 'March',
        csat: { responses: 20, satisfied: 17 },
        nps: null,
        note: '',
      },
    });
    const npsOnly = readSurveyForm(
      form({ npsCounts: nps({ 6: '1', 10: '3' }) }),
      TODAY,
      parse('en'),
    );
    expect(npsOnly.ok && npsOnly.fields).toMatchObject({
      csat: null,
      nps: { counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 3] },
    });
  });

  it('reads counts typed with Persian digits and grouping', () => {
    const result = readSurveyForm(
      form({ responses: '۱٬۲۰۰', satisfied: '۹۸۰', npsCounts: nps({ 10: '۷' }) }),
      TODAY,
      parse('fa'),
    );
    expect(result.ok && result.fields).toMatchObject({
      csat: { responses: 1200, satisfied: 980 },
      nps: { counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7] },
    });
  });

  it('a saved round fills the form and reads back the same', () => {
    const fields = {
      date: '2026-03-01',
      label: 'QR code',
      csat: { responses: 12, satisfied: 9 },
      nps: { counts: [1, 0, 0, 0, 0, 0, 2, 3, 0, 4, 5] },
      note: 'Asked at the till',
    };
    const values = surveyFormValues(fields, String);
    expect(readSurveyForm(values, TODAY, parse('en'))).toEqual({ ok: true, fields });
  });
});
