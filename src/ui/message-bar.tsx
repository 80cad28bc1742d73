// The answer to an action on a list screen: a short message in a live region, an Undo
// button when the action can be taken back (it takes focus, since the button that was
// pressed is usually gone with the deleted row), links to what changed, and Dismiss.

import { useEffect, useRef, type ReactNode } from 'react';

type BarMessage = { text: ReactNode; error?: boolean };

type Props = {
  message: BarMessage | null;
  /** Offered with the message when given (a deletion, say). */
  undo?: { label: string; onUndo: () => void };
  dismissLabel: string;
  onDismiss: () => void;
  /** Links shown after the message, e.g. to the record just saved. */
  children?: ReactNode;
  className?: string;
};

export function MessageBar({ message, undo, dismissLabel, onDismiss, children, className }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const offersUndo = message !== null && undo !== undefined;
  // Focus moves to Undo each time a message that offers it is shown.
  useEffect(() => {
    if (offersUndo) undoButton.current?.focus();
  }, [message, offersUndo]);

  return (
    <div role="status" className={className}>
      {message && (
        <div className={message.error ? 'notice notice--error' : 'notice'}>
          <span>{message.text}</span> {children}
          {undo && (
            <button
              ref={undoButton}
              type="button"
              className="button button--small"
              onClick={undo.onUndo}
            >
              {undo.label}
            </button>
          )}
          <button type="button" className="button button--small" onClick={onDismiss}>
            {dismissLabel}
          </button>
        </div>
      )}
    </div>
  );
}
