import { describe, expect, it } from 'vitest';
import {
  AREA_SECTIONS,
  POLICY_AREA_IDS,
  areasByNeed,
  areasForSections,
  emptyPolicyContent,
  policyContentSchema,
  policyProgress,
  policySchema,
  policyVersionSchema,
  splitList,
  standardFormSchema,
  standardFormValues,
  verbsUsed,
  wordCount,
} from './policy';
import { SECTION_IDS } from './instrument';

describe('policy areas and the audit', () => {
  it('every audit section is served by at least one area', () => {
    for (const section of SECTION_IDS) {
      expect(
        POLICY_AREA_IDS.some((area) => AREA_SECTIONS[area].includes(section)),
        section,
      ).toBe(true);
    }
  });

  it.each([
    // weakest sections → areas to write first, then the rest in the source's order
    [[], ['overview', 'speed', 'communication', 'followUp', 'complaints', 'retention', 'staff']],
    [
      ['staff'],
      ['staff', 'overview', 'speed', 'communication', 'followUp', 'complaints', 'retention'],
    ],
    [
      ['feedback', 'staff'],
      ['followUp', 'complaints', 'staff', 'overview', 'speed', 'communication', 'retention'],
    ],
    [
      ['accessibility', 'knowledge'],
      ['speed', 'followUp', 'complaints', 'overview', 'communication', 'retention', 'staff'],
    ],
  ] as const)('weakest %j → %j', (weakest, expected) => {
    expect(areasByNeed(weakest)).toEqual(expected);
  });

  it('areasForSections lists the areas that serve the given sections', () => {
    expect(areasForSections(['feedback'])).toEqual(['followUp', 'complaints']);
    expect(areasForSections([])).toEqual([]);
  });
});

describe('vision helpers', () => {
  it.each([
    ['serve, greet\nremember', ['serve', 'greet', 'remember']],
    ['- bake\n• serve\n\n', ['bake', 'serve']],
    ['پختن، خدمت‌کردن؛ شناختن', ['پختن', 'خدمت‌کردن', 'شناختن']],
    ['', []],
  ])('splitList(%j)', (input, expected) => {
    expect(splitList(input)).toEqual(expected);
  });

  it('verbsUsed finds verbs at word starts, in any case and script', () => {
    expect(
      verbsUsed(['serve', 'Greet', 'fix'], 'We greet every guest and serves warm bread'),
    ).toEqual(['serve', 'Greet']);
    expect(verbsUsed(['پخت', 'شناخت'], 'هر روز نان تازه می‌پزیم و مشتری را می‌شناسیم')).toEqual([]);
    expect(verbsUsed(['شناس'], 'مشتری را شناسایی می‌کنیم')).toEqual(['شناس']);
    expect(verbsUsed(['  '], 'anything')).toEqual([]);
  });

  it('wordCount counts words in any script', () => {
    expect(wordCount('Fresh bread, warm welcome')).toBe(4);
    expect(wordCount('نان تازه، خوش‌آمد گرم')).toBe(4);
    expect(wordCount('  ')).toBe(0);
  });
});

describe('standardFormSchema', () => {
  const valid = {
    ...standardFormValues(),
    text: '90 % of calls answered within 2 minutes',
    evidence: 'Customers told us they hang up after a few minutes',
  };

  it('accepts a standard that passes all four checks', () => {
    expect(standardFormSchema('en').parse(valid)).toMatchObject({
      text: valid.text,
      sectionId: null,
      reviewDate: null,
    });
  });

  it.each([
    [{ text: '' }, [['text', 'textMissing']]],
    [{ text: 'Answer the phone quickly' }, [['text', 'notMeasurable']]],
    [{ text: 'Answer 90 % of calls quickly' }, [['text', 'notSpecific']]],
    [{ text: 'Answer 90 % of calls' }, [['text', 'notTimeBound']]],
    [{ text: 'Answer 90 % of calls', reviewDate: '2027-01-31' }, []],
    [{ evidence: '' }, [['evidence', 'noEvidence']]],
    [{ reviewDate: '31.1.2027' }, [['reviewDate', 'reviewDateInvalid']]],
    [{ why: 'x'.repeat(1001) }, [['why', 'noteTooLong']]],
  ])('%j → %j', (change, expected) => {
    const result = standardFormSchema('en').safeParse({ ...valid, ...change });
    const issues = result.success
      ? []
      : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual(expected);
  });

  it('reads the number in the language it was typed in', () => {
    const persian = {
      ...valid,
      text: '۹۰٪ تماس‌ها ظرف ۲ دقیقه پاسخ داده شوند',
      evidence: 'مشتریان از انتظار پشت تلفن گله کردند',
    };
    expect(standardFormSchema('fa').safeParse(persian).success).toBe(true);
    const slovak = {
      ...valid,
      text: 'Reklamácie vybavíme do 2,5 dňa',
      evidence: 'Zákazníci čakali príliš dlho',
    };
    expect(standardFormSchema('sk').safeParse(slovak).success).toBe(true);
  });
});

describe('policy content', () => {
  it('an empty policy is valid and shows no progress', () => {
    const content = emptyPolicyContent();
    expect(policyContentSchema.parse(content)).toEqual(content);
    expect(policyProgress(content)).toEqual({
      vision: false,
      standards: 0,
      areasAnswered: 0,
      rules: 0,
      staffCard: false,
    });
  });

  it('refuses unknown areas and over-long answers', () => {
    const content = emptyPolicyContent();
    expect(policyContentSchema.safeParse({ ...content, areas: { pricing: 'x' } }).success).toBe(
      false,
    );
    expect(
      policyContentSchema.safeParse({ ...content, areas: { speed: 'x'.repeat(3001) } }).success,
    ).toBe(false);
  });
});

describe('text on every write path', () => {
  it('drops control characters and bidi overrides, as everywhere in the app', () => {
    const content = emptyPolicyContent();
    const parsed = policyContentSchema.parse({
      ...content,
      vision: { ...content.vision, statement: 'Fresh\u202e bread\u0007\nevery day' },
      rules: [
        { id: 'r', text: '  No\u2066 returns\n after 14 days ', category: 'x\ty', complaints: 1 },
      ],
    });
    expect(parsed.vision.statement).toBe('Fresh bread\nevery day');
    expect(parsed.rules[0]).toMatchObject({ text: 'No returns  after 14 days', category: 'x y' });
  });

  it('a standard that is nothing but control characters is empty, and refused', () => {
    const result = standardFormSchema('en').safeParse({
      ...standardFormValues(),
      text: '\u202e\u2066\u0000',
    });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toContain(
      'textMissing',
    );
  });
});

describe('times and ids on every write path (issue 12)', () => {
  const T0 = Date.UTC(2025, 0, 1);
  const policy = {
    id: 'p1',
    businessName: 'Corner Bakery',
    context: '',
    content: emptyPolicyContent(),
    createdAt: T0,
    updatedAt: T0,
  };
  const version = {
    id: 'v1',
    policyId: 'p1',
    number: 1,
    savedAt: T0,
    note: '',
    basedOnAssessmentId: null,
    content: emptyPolicyContent(),
  };

  it('accepts times from 2000 to a day from now', () => {
    expect(policySchema.safeParse(policy).success).toBe(true);
    expect(policyVersionSchema.safeParse(version).success).toBe(true);
  });

  it.each([
    ['a time no Date can show', 8.64e15 + 1],
    ['a time before 2000', 1],
    ['a fraction of a millisecond', T0 + 0.5],
    ['more than a day ahead', Date.now() + 2 * 24 * 60 * 60 * 1000],
  ])('refuses %s in a policy and in a version', (_, time) => {
    expect(policySchema.safeParse({ ...policy, updatedAt: time }).success).toBe(false);
    expect(policyVersionSchema.safeParse({ ...version, savedAt: time }).success).toBe(false);
  });

  it('refuses an id that is not printable ASCII, and a review date that is not a real day', () => {
    expect(policySchema.safeParse({ ...policy, id: 'p 1' }).success).toBe(false);
    const standard = {
      id: 's1',
      text: 'Calls answered within 2 minutes',
      sectionId: null,
      evidence: '',
      reviewDate: '2025-02-30',
      why: '',
      aim: '',
      howToApply: '',
      pepi: { purpose: '', execute: '', peerPressure: '', input: '' },
      goal: null,
      createdAt: T0,
      updatedAt: T0,
    };
    const content = { ...emptyPolicyContent(), standards: [standard] };
    expect(policySchema.safeParse({ ...policy, content }).success).toBe(false);
    const realDay = { ...content, standards: [{ ...standard, reviewDate: '2025-02-28' }] };
    expect(policySchema.safeParse({ ...policy, content: realDay }).success).toBe(true);
  });
});
