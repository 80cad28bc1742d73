// Every action gets a visible answer where the person is looking: a confirmation that
// scrolls into view and takes focus (so keyboard and screen-reader users land on it
// too), and `reveal` for moving to the thing that changed (a new goal, an Undo button).

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

export type Tone = 'success' | 'error';
type Shown = { key: number; content: ReactNode; tone: Tone };

/** Scrolls `element` into the middle of the view (instantly when motion is reduced) and focuses it. */
export function reveal(element: HTMLElement | null | undefined): void {
  if (!element) return;
  const reduced =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}

/** State for one place on a screen where action results are confirmed. */
export function useConfirmation() {
  const [shown, setShown] = useState<Shown | null>(null);
  const show = useCallback((content: ReactNode, tone: Tone = 'success') => {
    setShown((current) => ({ key: (current?.key ?? 0) + 1, content, tone }));
  }, []);
  const clear = useCallback(() => setShown(null), []);
  return { shown, show, clear };
}

type Props = {
  shown: Shown | null;
  /** Extra controls shown with the message, e.g. Undo. */
  children?: ReactNode;
  className?: string;
};

/**
 * The confirmation itself: a notice that is revealed and focused each time a new message
 * is shown (an error is announced as an alert, anything else as a status).
 */
export function Confirmation({ shown, children, className }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const key = shown?.key;
  useEffect(() => {
    if (key !== undefined) reveal(box.current);
  }, [key]);
  if (!shown) return null;
  const error = shown.tone === 'error';
  return (
    <div
      ref={box}
      tabIndex={-1}
      role={error ? 'alert' : 'status'}
      className={[
        'notice',
        'confirmation',
        error ? 'notice--error' : 'confirmation--success',
        className,
      ]
        .filter(Boolean)
        .join(' ')}
      data-testid="confirmation"
    >
      {!error && <span className="confirmation__mark" aria-hidden="true" />}
      <div className="confirmation__body">{shown.content}</div>
      {children}
    </div>
  );
}
