// A page's h1 that receives focus when the page (or survey step) changes, so keyboard
// and screen-reader users start at the new content.
import { useEffect, useRef, type ReactNode } from 'react';

type Props = { children: ReactNode; focusKey?: string; className?: string };

export function PageHeading({ children, focusKey, className }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [focusKey]);
  return (
    <h1 ref={heading} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
