// Charts are heavy (recharts), so they load lazily; the frame reserves their height so
// the page does not shift when they arrive, and gives each chart a title and a text
// equivalent for screen readers.

import {
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';

// Charts are drawn one at a time, each in its own task and as a transition (which React
// renders in small slices), so a screen with several charts never blocks input for long.
const waiting: Array<() => void> = [];
let pumping = false;

function pump(): void {
  if (pumping) return;
  pumping = true;
  setTimeout(() => {
    pumping = false;
    const start = waiting.shift();
    if (start) startTransition(start);
    if (waiting.length > 0) pump();
  }, 0);
}

function useChartTurn(wanted: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    const start = () => setReady(true);
    waiting.push(start);
    pump();
    return () => {
      const index = waiting.indexOf(start);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, [wanted]);
  return ready;
}

/**
 * True once the element has entered the viewport (and from then on), or when the page is
 * about to print; at once where IntersectionObserver is missing.
 */
function useSeen(element: RefObject<HTMLElement | null>, watch: boolean): boolean {
  const [seen, setSeen] = useState(!watch);
  useEffect(() => {
    if (seen) return;
    const target = element.current;
    if (!target || typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(target);
    const print = () => setSeen(true);
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [element, seen]);
  return seen;
}

type Props = {
  title: string;
  description: string;
  height: number;
  /**
   * 'inView': the chart's code loads and it is drawn only once the frame is on screen (a
   * shared link's first visit on a phone draws no chart it does not show).
   */
  draw?: 'now' | 'inView';
  children: ReactNode;
};

export function ChartFrame({ title, description, height, draw = 'now', children }: Props) {
  const frame = useRef<HTMLElement>(null);
  const seen = useSeen(frame, draw === 'inView');
  const ready = useChartTurn(seen);
  return (
    <figure className="chart-frame" ref={frame}>
      <figcaption>
        <span className="chart-frame__title">{title}</span>
        <span className="chart-frame__description">{description}</span>
      </figcaption>
      {/* inert as well as aria-hidden: nothing inside the drawing can take focus, so
          keyboard users never land on an element screen readers cannot see. */}
      <div className="chart-frame__body" style={{ height }} aria-hidden="true" inert>
        <Suspense fallback={null}>{ready ? children : null}</Suspense>
      </div>
    </figure>
  );
}
