// A page's h1 that receives focus when the page (or survey step) changes, so keyboard
// and screen-reader users start at the new content. It also names the browser tab
// after the heading, in the current language, so every screen gets a title in one place;
// names inside the heading stay isolated in the title (see user-text.tsx).
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate, isolatedText, useSeparator } from './user-text';

type Props = { children: ReactNode; focusKey?: string; className?: string };

export function PageHeading({ children, focusKey, className }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t, i18n } = useTranslation();
  const separator = useSeparator();
  const appName = t('app.name');
  // The Latin app name after a right-to-left heading is a run of its own.
  const shownName = i18n.dir() === 'rtl' ? isolate(appName) : appName;
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [focusKey]);
  // Runs after every render: the heading's text changes with the language and the data.
  useEffect(() => {
    const text = heading.current ? isolatedText(heading.current).trim() : '';
    const title = text && text !== appName ? `${text}${separator}${shownName}` : appName;
    if (document.title !== title) document.title = title;
  });
  return (
    <h1 ref={heading} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
