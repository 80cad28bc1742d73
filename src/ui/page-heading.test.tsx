import i18next from 'i18next';
import { act, render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n/i18n';
import { setUpI18n } from '../test-utils';
import { PageHeading } from './page-heading';

beforeAll(async () => {
  await setUpI18n('en');
});

describe('PageHeading', () => {
  it('names the document after the heading and takes focus', () => {
    render(<PageHeading>Results for Corner Bakery</PageHeading>);
    expect(document.title).toBe('Results for Corner Bakery · Centricity');
    expect(document.activeElement).toHaveTextContent('Results for Corner Bakery');
  });

  it('follows a heading that changes', () => {
    const { rerender } = render(<PageHeading>Company culture</PageHeading>);
    rerender(<PageHeading>Your team</PageHeading>);
    expect(document.title).toBe('Your team · Centricity');
  });

  it('keeps the title current when the language changes', async () => {
    // A stand-in Slovak app name, so the test does not depend on the translation (merged
    // into the loaded Slovak texts: there is no fallback language for the rest).
    await i18next.loadLanguages('sk');
    i18next.addResourceBundle('sk', 'common', { app: { name: 'Centricita' } }, true, true);
    render(<PageHeading>Culture</PageHeading>);
    await act(async () => {
      await changeLanguage('sk');
    });
    expect(document.title).toBe('Culture · Centricita');
    expect(document.documentElement.lang).toBe('sk');
  });
});
