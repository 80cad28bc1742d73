// Charts are heavy (recharts), so they load lazily; the frame reserves their height so
// the page does not shift when they arrive, and gives each chart a title and a text
// equivalent for screen readers.

import { startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';

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

function useChartTurn(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const start = () => setReady(true);
    waiting.push(start);
    pump();
    return () => {
      const index = waiting.indexOf(start);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, []);
  return ready;
}

type Props = {
  title: string;
  description: string;
  height: number;
  children: ReactNode;
};

export function ChartFrame({ title, description, height, children }: Props) {
  const ready = useChartTurn();
  return (
    <figure className="chart-frame">
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
