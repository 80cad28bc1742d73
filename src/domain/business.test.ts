import { describe, expect, it } from 'vitest';
import { businessKey, businessLabel, sameBusiness } from './business';

const audit = (businessName: string, context = '') => ({ businessName, context });

describe('sameBusiness', () => {
  it.each([
    ['case and surrounding spaces', audit('Corner Bakery'), audit('  corner BAKERY ')],
    ['repeated inner spaces', audit('Corner  Bakery'), audit('Corner Bakery')],
    ['full-width letters (NFKC)', audit('Ｃａｆé'), audit('café')],
    ['composed and decomposed accents', audit('Pekáreň'), audit('Peka\u0301ren\u030c')],
    ['Arabic yeh and kaf typed for Persian ی ک', audit('كافه علي'), audit('کافه علی')],
    [
      'the same context, spelt differently',
      audit('Kedai', 'Kursus A'),
      audit('kedai', ' kursus  a'),
    ],
    ['a context without a name', audit('', 'Course B'), audit('', 'course b')],
  ])('the same business despite %s', (_case, a, b) => {
    expect(sameBusiness(a, b)).toBe(true);
    expect(businessKey(a)).toBe(businessKey(b));
  });

  it.each([
    ['another name', audit('Corner Bakery'), audit('Corner Café')],
    [
      'the same name in another context',
      audit('Corner Bakery', 'Course A'),
      audit('Corner Bakery', 'Course B'),
    ],
    ['a context added', audit('Corner Bakery'), audit('Corner Bakery', 'Course A')],
    ['two unnamed audits', audit(''), audit('')],
    ['two unnamed audits with blanks', audit('  '), audit('', ' ')],
    ['name and context swapped', audit('A', 'B'), audit('B', 'A')],
  ])('different businesses: %s', (_case, a, b) => {
    expect(sameBusiness(a, b)).toBe(false);
  });

  it('gives an unnamed audit no key', () => {
    expect(businessKey(audit(' \t', '\n'))).toBeNull();
  });

  // Every pair drawn from awkward spellings: the rule is symmetric, an audit is the same
  // business as itself unless unnamed, and no two fields run together into one key.
  const SPELLINGS = ['', ' ', 'a', 'A ', 'a b', 'a  b', 'ab', '\u0000', 'a\u0000', 'ي', 'ی', 'ｂ'];
  const AUDITS = SPELLINGS.flatMap((name) => SPELLINGS.map((context) => audit(name, context)));

  it('is symmetric and reflexive except for unnamed audits (all pairs)', () => {
    for (const a of AUDITS) {
      expect(sameBusiness(a, a)).toBe(businessKey(a) !== null);
      for (const b of AUDITS) expect(sameBusiness(a, b)).toBe(sameBusiness(b, a));
    }
  });

  it('never lets a name run into its context (all pairs)', () => {
    for (const a of AUDITS)
      for (const b of AUDITS)
        if (sameBusiness(a, b))
          expect(businessKey(audit(a.businessName, ''))).toBe(
            businessKey(audit(b.businessName, '')),
          );
  });
});

describe('businessLabel', () => {
  it('shows the name and context as typed, with spaces tidied', () => {
    expect(businessLabel(audit('  Corner   Bakery ', ' Course  B'))).toEqual({
      businessName: 'Corner Bakery',
      context: 'Course B',
    });
  });
});
