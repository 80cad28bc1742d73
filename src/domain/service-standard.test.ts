import { describe, expect, it } from 'vitest';
import { checkStandard, countTokens, mainTarget, type StandardCheck } from './service-standard';

const EVIDENCE = {
  en: 'Customers complained about waiting on the phone',
  ms: 'Pelanggan mengadu lama menunggu di telefon',
  id: 'Pelanggan mengeluh lama menunggu di telepon',
  sk: 'Zákazníci sa sťažovali na dlhé čakanie pri telefóne',
  fa: 'مشتریان از انتظار طولانی پشت تلفن شکایت کردند',
} as const;
type Language = keyof typeof EVIDENCE;

function check(text: string, language: Language, extra: { reviewDate?: string } = {}) {
  return checkStandard({ text, evidence: EVIDENCE[language], ...extra }, language);
}

function summary(result: StandardCheck) {
  return {
    measurable: result.measurable.ok,
    specific: result.specific.ok,
    timeBound: result.timeBound.ok,
    passed: result.passed,
  };
}

const PASS = { measurable: true, specific: true, timeBound: true, passed: true };

describe('checkStandard: standards that pass, in every language', () => {
  it.each<[Language, string, { value: number; kind: string }[]]>([
    // seed 000: a share of calls answered within a time limit; delivery within days
    [
      'en',
      '90 % of calls answered within 2 minutes',
      [
        { value: 90, kind: 'percent' },
        { value: 2, kind: 'time' },
      ],
    ],
    ['en', 'Every parcel delivered within 3 working days', [{ value: 3, kind: 'time' }]],
    ['en', 'Calls answered within two minutes by the person on duty', [{ value: 2, kind: 'time' }]],
    // seed 003: share of returned products, reviewed every month
    [
      'en',
      'Fewer than 2.5 % of products returned, checked every month',
      [{ value: 2.5, kind: 'percent' }],
    ],
    [
      'ms',
      '90% panggilan dijawab dalam 2 minit',
      [
        { value: 90, kind: 'percent' },
        { value: 2, kind: 'time' },
      ],
    ],
    ['ms', 'Bungkusan sampai kepada pelanggan dalam tiga hari', [{ value: 3, kind: 'time' }]],
    [
      'ms',
      'Kurang daripada 2,5 peratus produk dipulangkan setiap bulan',
      [{ value: 2.5, kind: 'percent' }],
    ],
    [
      'id',
      '85 persen pelanggan yang mengeluh puas dengan penanganannya, ditanya dalam 7 hari',
      [
        { value: 85, kind: 'percent' },
        { value: 7, kind: 'time' },
      ],
    ],
    ['id', 'Pesanan dikirim dalam 1,5 hari kerja', [{ value: 1.5, kind: 'time' }]],
    ['id', 'Setiap keluhan dijawab sehari setelah diterima', [{ value: 1, kind: 'time' }]],
    [
      'sk',
      '90 % hovorov prijatých do 2 minút',
      [
        { value: 90, kind: 'percent' },
        { value: 2, kind: 'time' },
      ],
    ],
    ['sk', 'Zásielku doručíme do 3 pracovných dní', [{ value: 3, kind: 'time' }]],
    [
      'sk',
      'Aspoň 60 percent sťažovateľov nakúpi znova do 6 mesiacov',
      [
        { value: 60, kind: 'percent' },
        { value: 6, kind: 'time' },
      ],
    ],
    [
      'fa',
      '۹۰٪ تماس‌ها ظرف ۲ دقیقه پاسخ داده شوند',
      [
        { value: 90, kind: 'percent' },
        { value: 2, kind: 'time' },
      ],
    ],
    ['fa', 'سفارش‌ها حداکثر ظرف ۳ روز کاری تحویل شوند', [{ value: 3, kind: 'time' }]],
    ['fa', 'کمتر از ۲٫۵ درصد کالاها هر ماه مرجوع شوند', [{ value: 2.5, kind: 'percent' }]],
    ['fa', 'پاسخ به هر پیام ظرف ٢ ساعت با شماره سفارش', [{ value: 2, kind: 'time' }]],
  ])('%s: %s', (language, text, quantities) => {
    const result = check(text, language);
    expect(summary(result)).toEqual(PASS);
    expect(result.measurable.quantities.map(({ value, kind }) => ({ value, kind }))).toEqual(
      quantities,
    );
  });
});

describe('checkStandard: what is missing, in every language', () => {
  it.each<[Language, string, Partial<Record<'measurable' | 'specific' | 'timeBound', string>>]>([
    // No number at all, and a vague word instead of a limit.
    [
      'en',
      'Answer the phone quickly',
      { measurable: 'noNumber', specific: 'vague', timeBound: 'none' },
    ],
    [
      'ms',
      'Jawab telefon dengan cepat',
      { measurable: 'noNumber', specific: 'vague', timeBound: 'none' },
    ],
    [
      'id',
      'Angkat telepon secepat mungkin',
      { measurable: 'noNumber', specific: 'vague', timeBound: 'none' },
    ],
    [
      'sk',
      'Telefón zdvihneme čo najskôr',
      { measurable: 'noNumber', specific: 'vague', timeBound: 'none' },
    ],
    [
      'fa',
      'تلفن را در اسرع وقت جواب بدهید',
      { measurable: 'noNumber', specific: 'vague', timeBound: 'none' },
    ],
    // A number with nothing it counts.
    ['en', 'Reply to every customer within 48', { measurable: 'noUnit', timeBound: 'none' }],
    ['ms', 'Balas setiap pelanggan dalam 48', { measurable: 'noUnit', timeBound: 'none' }],
    ['id', 'Balas setiap pelanggan dalam 48', { measurable: 'noUnit', timeBound: 'none' }],
    ['sk', 'Odpovieme každému zákazníkovi do 48', { measurable: 'noUnit', timeBound: 'none' }],
    ['fa', 'پاسخ به هر مشتری حداکثر تا ۴۸', { measurable: 'noUnit', timeBound: 'none' }],
    // Two targets in one standard.
    [
      'en',
      '90 % of calls answered within 2 minutes and 95 % of e-mails within 1 day',
      { specific: 'severalTargets' },
    ],
    [
      'ms',
      'Jawab 90% panggilan dalam 2 minit dan 95% emel dalam 1 hari',
      { specific: 'severalTargets' },
    ],
    [
      'id',
      'Jawab 90% telepon dalam 2 menit dan 95% email dalam 1 hari',
      { specific: 'severalTargets' },
    ],
    ['sk', '90 % hovorov do 2 minút a 95 % e-mailov do 1 dňa', { specific: 'severalTargets' }],
    ['fa', '۹۰٪ تماس‌ها ظرف ۲ دقیقه و ۹۵٪ ایمیل‌ها ظرف ۱ روز', { specific: 'severalTargets' }],
    // Two sentences.
    ['en', 'Calls within 2 minutes. E-mails within 1 day.', { specific: 'severalSentences' }],
    ['fa', 'تماس‌ها ظرف ۲ دقیقه. ایمیل‌ها ظرف ۱ روز.', { specific: 'severalSentences' }],
    // Too short to say who does what.
    ['en', '90 %', { specific: 'tooShort', timeBound: 'none' }],
    ['sk', '2 minúty', { specific: 'tooShort' }],
    // A vague promise next to a number is still vague.
    ['en', 'Excellent service for 100 % of customers', { specific: 'vague', timeBound: 'none' }],
    ['sk', 'Skvelé služby pre 100 % zákazníkov', { specific: 'vague', timeBound: 'none' }],
  ])('%s: %s', (language, text, expected) => {
    const result = check(text, language);
    expect(result.passed).toBe(false);
    if (expected.measurable) expect(result.measurable.problem).toBe(expected.measurable);
    else expect(result.measurable.ok).toBe(true);
    if (expected.specific) expect(result.specific.problem).toBe(expected.specific);
    else expect(result.specific.ok).toBe(true);
    expect(result.timeBound.ok).toBe(expected.timeBound !== 'none');
  });

  it('names the vague words it found', () => {
    expect(check('Answer as soon as possible, quickly', 'en').specific.vague).toEqual([
      'quickly',
      'as soon as possible',
      'soon',
    ]);
    // Persian typed with a space instead of a zero-width non-joiner still matches.
    expect(check('پاسخ به سرعت به ۱۰۰٪ مشتریان', 'fa').specific.vague).toEqual(['به‌سرعت']);
  });

  it('a standard rejected as not measurable passes once a number is added', () => {
    const before = check('Answer the phone within minutes', 'en');
    expect(before.measurable.problem).toBe('noNumber');
    const after = check('Answer the phone within 3 minutes', 'en');
    expect(summary(after)).toEqual(PASS);
  });
});

describe('checkStandard: numbers as typed in each language', () => {
  it.each<[Language, string, number, string]>([
    ['en', 'Refunds paid within 2.5 days of a return', 2.5, '2.5 days'],
    ['en', 'Refunds paid within 2,5 days of a return', 2.5, '2,5 days'],
    ['sk', 'Reklamácie vybavené do 2,5 dňa od prijatia', 2.5, '2,5 dňa'],
    ['id', 'Pengembalian dana dalam 2,5 hari setelah retur', 2.5, '2,5 hari'],
    ['ms', 'Bayaran balik dalam 2.5 hari selepas pulangan', 2.5, '2.5 hari'],
    ['fa', 'بازپرداخت ظرف ۲٫۵ روز پس از مرجوعی', 2.5, '۲٫۵ روز'],
    ['fa', 'بازپرداخت ظرف ۲.۵ روز پس از مرجوعی', 2.5, '۲.۵ روز'],
    ['fa', 'بازپرداخت ظرف ٢٫٥ روز پس از مرجوعی', 2.5, '٢٫٥ روز'],
    // Arabic letter forms typed on an Arabic keyboard (ي, ك) read as Persian.
    ['fa', 'پاسخ تلفن ظرف ۳ دقيقه برای همه', 3, '۳ دقیقه'],
    // Thousands: grouped by the language's own mark.
    ['id', 'Kirim ulang 1.000 pesanan pertama dalam 2 hari', 1000, '1.000 pesanan'],
    ['fa', 'ارسال ۱٬۰۰۰ سفارش اول ظرف ۲ روز', 1000, '۱٬۰۰۰ سفارش'],
    ['sk', 'Prvých 1\u00a0000 objednávok odošleme do 2 dní', 1000, '1\u00a0000 objednávok'],
    // Shares with the sign before or after, and Arabic-Indic digits.
    ['fa', 'پاسخ به ٩٠٪ پیام‌ها ظرف یک روز', 90, '٩٠٪'],
    ['fa', 'پاسخ به ٪۹۰ پیام‌ها ظرف یک روز', 90, '٪۹۰'],
    // Money before the amount.
    ['ms', 'Staf boleh memberi pampasan sehingga RM50 tanpa bertanya, dalam 1 hari', 50, 'RM50'],
    ['en', 'Staff may refund up to €20 on the spot within 1 day', 20, '€20'],
  ])('%s: %s → %d', (language, text, value, shown) => {
    const result = check(text, language);
    const first = result.measurable.quantities[0];
    expect(first?.value).toBe(value);
    expect(first?.text).toBe(shown);
    expect(result.measurable.ok).toBe(true);
  });

  it('ignores bidi marks that right-to-left keyboards add', () => {
    const result = check('\u200f۹۰\u200f٪ تماس‌ها ظرف \u200e۲\u200e دقیقه', 'fa');
    expect(result.measurable.quantities.map((q) => q.value)).toEqual([90, 2]);
  });

  it('does not read dates or times of day as amounts', () => {
    const result = check('Shop phone answered from 9:00 until 2026-06-30', 'en');
    expect(result.measurable.problem).toBe('noNumber');
    expect(result.timeBound.via).toBe('date');
  });
});

describe('checkStandard: time-bound', () => {
  it.each<[Language, string, string | undefined, string | null]>([
    ['en', 'Returns under 2 % of sales, checked monthly', undefined, 'period'],
    ['ms', 'Pulangan bawah 2% jualan, disemak setiap bulan', undefined, 'period'],
    ['id', 'Retur di bawah 2% penjualan, diperiksa bulanan', undefined, 'period'],
    ['sk', 'Vrátenia pod 2 % predaja, kontrola mesačne', undefined, 'period'],
    ['fa', 'مرجوعی زیر ۲٪ فروش، بررسی ماهانه', undefined, 'period'],
    ['en', 'Complaints answered the same day by 100 % of staff', undefined, 'period'],
    ['sk', 'Nový cenník pre 100 % tovaru do 31.12.2026', undefined, 'date'],
    ['fa', 'فهرست قیمت برای ۱۰۰٪ کالاها تا ۱۴۰۵/۰۱/۱۵', undefined, 'date'],
    ['en', 'At least 85 % of complainants satisfied with the outcome', '2027-01-31', 'reviewDate'],
    ['en', 'At least 85 % of complainants satisfied with the outcome', undefined, null],
    ['id', 'Minimal 85% pelanggan yang mengeluh merasa puas', '2027-01-31', 'reviewDate'],
  ])('%s: %s (review %s) → %s', (language, text, reviewDate, via) => {
    const result = check(text, language, reviewDate ? { reviewDate } : {});
    expect(result.timeBound.via).toBe(via);
    expect(result.timeBound.ok).toBe(via !== null);
  });
});

describe('checkStandard: based on real experience', () => {
  it.each([
    ['', 'noEvidence'],
    ['   ', 'noEvidence'],
    ['complaints', 'tooThin'],
    ['۱۲ شکایت', 'tooThin'],
    ['۱۲ شکایت درباره تأخیر', null],
    ['14 complaints about waiting', null],
  ])('evidence %j → %s', (evidence, problem) => {
    const result = checkStandard(
      { text: '90 % of calls answered within 2 minutes', evidence },
      'en',
    );
    expect(result.experience.problem).toBe(problem);
    expect(result.passed).toBe(problem === null);
  });

  it('counts words and numbers in any script', () => {
    expect(countTokens('Zákazníci čakali 5 minút')).toBe(4);
    expect(countTokens('مشتریان ۵ دقیقه منتظر ماندند')).toBe(5);
    expect(countTokens('')).toBe(0);
  });
});

describe('mainTarget', () => {
  it('prefers a share, then a count, an amount and last a time limit', () => {
    const quantities = check('90 % of calls answered within 2 minutes', 'en').measurable.quantities;
    expect(mainTarget(quantities)).toMatchObject({ value: 90, unit: '%' });
    expect(mainTarget(check('Deliver within 3 days', 'en').measurable.quantities)).toMatchObject({
      value: 3,
      unit: 'days',
    });
    expect(
      mainTarget(check('Call back 20 customers within 1 week', 'en').measurable.quantities),
    ).toMatchObject({ value: 20, unit: 'customers', kind: 'count' });
    expect(mainTarget([])).toBeUndefined();
  });
});
