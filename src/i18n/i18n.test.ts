import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, currentLanguage, initI18n } from './i18n';
import { initialLanguage } from './language-choice';

const STORAGE_KEY = 'centricity.language';
type LooseT = (key: string, options?: Record<string, unknown>) => string;

function looseT(language: string): LooseT {
  return i18next.getFixedT(language, 'common') as unknown as LooseT;
}

afterEach(() => {
  localStorage.clear();
});

describe('initialLanguage', () => {
  it('follows the browser on a first visit when it prefers one of the five', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-AT', 'fa-IR', 'en']);
    expect(initialLanguage()).toBe('fa');
  });

  it('falls back to English when the browser prefers none of the five', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-AT', 'fr']);
    expect(initialLanguage()).toBe('en');
  });

  it('a remembered choice wins over the browser', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fa-IR']);
    localStorage.setItem(STORAGE_KEY, 'sk');
    expect(initialLanguage()).toBe('sk');
  });

  it('ignores a remembered value that is not one of the five', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ms-MY']);
    localStorage.setItem(STORAGE_KEY, 'klingon');
    expect(initialLanguage()).toBe('ms');
  });
});

describe('changeLanguage', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('sets <html lang dir>, remembers the choice and switches i18next', async () => {
    await changeLanguage('fa');
    expect(document.documentElement.lang).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('fa');
    expect(currentLanguage()).toBe('fa');
    expect(initialLanguage()).toBe('fa');

    await changeLanguage('sk');
    expect(document.documentElement.lang).toBe('sk');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('sk');
    expect(currentLanguage()).toBe('sk');
  });

  it('still switches when storage refuses to remember', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await changeLanguage('id');
    expect(currentLanguage()).toBe('id');
    expect(document.documentElement.lang).toBe('id');
  });
});

describe('numbers and plurals inside translations', () => {
  beforeAll(async () => {
    await initI18n('en');
    const bundles: Record<string, Record<string, string>> = {
      en: { left_one: '{{count}} statement left', left_other: '{{count}} statements left' },
      ms: { left_other: '{{count}} kenyataan lagi' },
      sk: {
        left_one: 'Zostáva {{count}} výrok',
        left_few: 'Zostávajú {{count}} výroky',
        left_many: 'Zostáva {{count}} výroku',
        left_other: 'Zostáva {{count}} výrokov',
      },
      fa: { left_one: '{{count}} گزاره مانده', left_other: '{{count}} گزاره مانده' },
    };
    for (const [language, bundle] of Object.entries(bundles)) {
      i18next.addResourceBundle(language, 'common', { test: bundle }, true, true);
    }
  });

  it.each([
    ['en', 1, '1 statement left'],
    ['en', 3, '3 statements left'],
    ['ms', 1, '1 kenyataan lagi'],
    ['sk', 1, 'Zostáva 1 výrok'],
    ['sk', 3, 'Zostávajú 3 výroky'],
    ['sk', 5, 'Zostáva 5 výrokov'],
    ['sk', 1.5, 'Zostáva 1,5 výroku'],
    ['fa', 1, '۱ گزاره مانده'],
    ['fa', 12, '۱۲ گزاره مانده'],
  ])('%s, count %d → %s', (language, count, expected) => {
    expect(looseT(language)('test.left', { count })).toBe(expected);
  });

  it('formats raw numbers in any placeholder but leaves strings alone', () => {
    i18next.addResourceBundle('fa', 'common', { test: { of: '{{a}} از {{b}}' } }, true, true);
    expect(looseT('fa')('test.of', { a: 7, b: 'x35' })).toBe('۷ از x35');
  });
});
