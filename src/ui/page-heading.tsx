// A page's h1 that receives focus when the page (or survey step) changes, so keyboard
// and screen-reader users start at the new content. It also names the browser tab
// after the heading, in the current language, so every screen gets a title in one place.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { children: ReactNode; focusKey?: string; className?: string };

export function PageHeading({ children, focusKey, className }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [focusKey]);
  // Runs after every render: the heading's text changes with the language and the data.
  useEffect(() => {
    const text = heading.current?.textContent?.trim();
    const title = text && text !== appName ? `${text} · ${appName}` : appName;
    if (document.title !== title) document.title = title;
  });
  return (
    <h1 ref={heading} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
