// Charts are heavy (recharts), so they load lazily; the frame reserves their height so
// the page does not shift when they arrive, and gives each chart a title and a text
// equivalent for screen readers.

import { Suspense, type ReactNode } from 'react';

type Props = {
  title: string;
  description: string;
  height: number;
  children: ReactNode;
};

export function ChartFrame({ title, description, height, children }: Props) {
  return (
    <figure className="chart-frame">
      <figcaption>
        <span className="chart-frame__title">{title}</span>
        <span className="chart-frame__description">{description}</span>
      </figcaption>
      {/* inert as well as aria-hidden: nothing inside the drawing can take focus, so
          keyboard users never land on an element screen readers cannot see. */}
      <div className="chart-frame__body" style={{ height }} aria-hidden="true" inert>
        <Suspense fallback={null}>{children}</Suspense>
      </div>
    </figure>
  );
}
