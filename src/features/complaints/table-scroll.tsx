// A wide table that scrolls sideways on a phone. The scroll box can take focus, so the
// keyboard can scroll it too, and it is named after the table it holds.
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A focusable, named region: keyboard users can reach and scroll it.
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
