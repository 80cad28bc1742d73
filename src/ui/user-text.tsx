// Direction-safe text. Anything a person typed (names, notes, goal targets) and every
// mixed run inside a sentence (a date, a number with its unit, a file name) sits in its
// own bidi isolate, so a Latin name inside Persian (or Persian inside English) keeps its
// reading order and cannot reorder the words around it — not even with a stray
// right-to-left override character in it (an isolate ends every embedding it contains).
//
// In HTML the isolate is a <bdi> (direction from its own first strong letter); where no
// element can go — <option> text, the tab title, SVG chart labels, window.confirm — the
// same isolate is written with the Unicode characters FSI … PDI.

import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode 6.3, UAX #9). */
const FSI = '\u2068';
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

/** `text` as an isolate whose direction comes from its first strong letter. */
export function isolate(text: string): string {
  return text === '' ? '' : `${FSI}${text}${PDI}`;
}

type UserTextProps = {
  children: ReactNode;
  className?: string;
  /** 'auto' (the default) takes the direction from the text's first strong letter. */
  dir?: 'auto' | 'ltr' | 'rtl';
  /** Marks the isolate for tests and styles, e.g. a note or a goal target. */
  'data-testid'?: string;
};

/** A piece of user text or a mixed run, isolated and allowed to wrap anywhere. */
export function UserText({ children, className, dir = 'auto', ...rest }: UserTextProps) {
  return (
    <bdi dir={dir} className={className ? `user-text ${className}` : 'user-text'} {...rest}>
      {children}
    </bdi>
  );
}

/** Marks a slot in a translated sentence; see `sentence`. U+2063 is never typed by people. */
const SLOT = '\u2063';

/**
 * A translated sentence with React elements in its placeholders, e.g.
 * `sentence((v) => t('results.for', v), { name: <UserText>{name}</UserText> })`.
 * Numbers and strings are passed through to the translation (so `count` still picks the
 * plural form); elements take their place in the rendered sentence.
 */
export function sentence(
  translate: (values: Record<string, string | number>) => string,
  values: Record<string, ReactNode>,
): ReactNode {
  const passed: Record<string, string | number> = {};
  const elements = new Map<string, ReactNode>();
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') passed[name] = value;
    else {
      passed[name] = `${SLOT}${name}${SLOT}`;
      elements.set(name, value);
    }
  }
  const parts = translate(passed).split(SLOT);
  return parts.map((part, index) =>
    index % 2 === 0 ? part : <Fragment key={index}>{elements.get(part) ?? part}</Fragment>,
  );
}

/**
 * Short facts in a row (respondent, context, date), each isolated, joined by the
 * language's separator: a middle dot in Latin scripts, a Persian comma in Persian, where
 * "·" would read as the digit zero.
 */
export function TextParts({ parts }: { parts: readonly ReactNode[] }) {
  const { t } = useTranslation('common');
  const shown = parts.filter(
    (part) => part !== '' && part !== null && part !== undefined && part !== false,
  );
  return shown.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && t('separator')}
      <UserText>{part}</UserText>
    </Fragment>
  ));
}

/** The separator of `TextParts` for plain strings (tab titles, select options). */
export function useSeparator(): string {
  const { t } = useTranslation('common');
  return t('separator');
}

/**
 * The text of an element as a plain string in which every isolated element (<bdi>, or
 * any element with a dir attribute) stays isolated, for the tab title.
 */
export function isolatedText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  const inner = Array.from(node.childNodes, isolatedText).join('');
  const dir = node.getAttribute('dir') ?? (node.localName === 'bdi' ? 'auto' : null);
  if (dir === null || inner === '') return inner;
  const open = dir === 'ltr' ? LRI : dir === 'rtl' ? RLI : FSI;
  return `${open}${inner}${PDI}`;
}
