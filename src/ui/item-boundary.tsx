// One item of a list (an assessment, a workshop, a participant, a goal) inside its own
// error boundary: if one record cannot be rendered, only that item says so and the rest
// of the screen keeps working (issue 12). The error is logged for developers; the
// person sees a translated line in the item's place.
//
// Pass the item as a function when computing it may throw (scoring, formatting): the
// function then runs inside the boundary, not in the list's own render.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  children: ReactNode | (() => ReactNode);
  /** What the fallback must be to keep the markup valid: a list item or a table row. */
  as?: 'li' | { colSpan: number };
};

export class ItemBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A list item could not be rendered', error, info.componentStack);
  }

  override render(): ReactNode {
    const { children, as } = this.props;
    if (!this.state.failed)
      return typeof children === 'function' ? <Deferred render={children} /> : children;
    if (as === 'li')
      return (
        <li>
          <ItemFailed />
        </li>
      );
    if (as)
      return (
        <tr>
          <td colSpan={as.colSpan}>
            <ItemFailed />
          </td>
        </tr>
      );
    return <ItemFailed />;
  }
}

function Deferred({ render }: { render: () => ReactNode }) {
  return render();
}

function ItemFailed() {
  const { t } = useTranslation('common');
  return (
    <span className="item-failed" data-testid="item-failed">
      {t('errors.itemFailed')}
    </span>
  );
}
