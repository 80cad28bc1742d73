import { act, render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n/i18n';
import { setUpI18n } from '../test-utils';
import { PageHeading } from './page-heading';
import { TextParts, UserText, isolate, isolatedText, sentence } from './user-text';

beforeAll(async () => {
  await setUpI18n('en');
});

afterAll(async () => {
  await changeLanguage('en');
});

describe('isolate', () => {
  it('wraps text in a first-strong isolate and leaves empty text empty', () => {
    expect(isolate('Aisha')).toBe('\u2068Aisha\u2069');
    expect(isolate('')).toBe('');
  });
});

describe('UserText', () => {
  it('is a <bdi> that takes its direction from its own text', () => {
    const { container } = render(<UserText>Aisha</UserText>);
    const bdi = container.querySelector('bdi')!;
    expect(bdi).toHaveAttribute('dir', 'auto');
    expect(bdi).toHaveClass('user-text');
  });
});

describe('sentence', () => {
  it('puts elements into the placeholders and passes numbers through for plurals', () => {
    const translate = (values: Record<string, string | number>) =>
      `${values.count === 1 ? 'one goal' : 'goals'} for ${values.name} by ${values.date}`;
    const { container } = render(
      <p>
        {sentence(translate, {
          count: 1,
          name: <UserText>Corner Bakery</UserText>,
          date: '1 March',
        })}
      </p>,
    );
    expect(container).toHaveTextContent('one goal for Corner Bakery by 1 March');
    expect(container.querySelector('bdi')).toHaveTextContent('Corner Bakery');
  });
});

describe('TextParts', () => {
  it('isolates each fact and uses the language separator (not "·" in Persian)', async () => {
    const { container, rerender } = render(<TextParts parts={['Aisha', '', null, '1 Dec']} />);
    expect(container).toHaveTextContent('Aisha · 1 Dec');
    expect(container.querySelectorAll('bdi')).toHaveLength(2);
    await act(async () => {
      await changeLanguage('fa');
    });
    rerender(<TextParts parts={['Aisha', '۱۰ آذر ۱۴۰۵']} />);
    expect(container.textContent).toBe('Aisha، ۱۰ آذر ۱۴۰۵');
    expect(container.textContent).not.toContain('·');
    await act(async () => {
      await changeLanguage('en');
    });
  });
});

describe('isolatedText and the tab title', () => {
  it('keeps <bdi> parts isolated', () => {
    const { container } = render(
      <h1>
        Results for <UserText>Ai{'\u202e'}sha</UserText>
      </h1>,
    );
    expect(isolatedText(container.querySelector('h1')!)).toBe(
      'Results for \u2068Ai\u202esha\u2069',
    );
  });

  it('names the tab with the business isolated, so an override cannot reverse the title', async () => {
    await act(async () => {
      await changeLanguage('fa');
    });
    render(
      <PageHeading>
        نتایج برای <UserText>{'Evil\u202eCorp'}</UserText>
      </PageHeading>,
    );
    expect(document.title).toBe('نتایج برای \u2068Evil\u202eCorp\u2069، \u2068Centricity\u2069');
    await act(async () => {
      await changeLanguage('en');
    });
  });
});
