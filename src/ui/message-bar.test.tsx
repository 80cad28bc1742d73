import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MessageBar } from './message-bar';

function Harness({ onUndo }: { onUndo: () => void }) {
  const [message, setMessage] = useState<{ text: string; undoable?: boolean } | null>(null);
  return (
    <>
      <button type="button" onClick={() => setMessage({ text: 'Saved.' })}>
        save
      </button>
      <button type="button" onClick={() => setMessage({ text: 'Deleted.', undoable: true })}>
        delete
      </button>
      <MessageBar
        message={message}
        undo={message?.undoable ? { label: 'Undo', onUndo } : undefined}
        dismissLabel="Dismiss"
        onDismiss={() => setMessage(null)}
      >
        {message && !message.undoable && <a href="/x">Details</a>}
      </MessageBar>
    </>
  );
}

describe('MessageBar', () => {
  it('shows a message with its links in a live region, without Undo', () => {
    render(<Harness onUndo={() => {}} />);
    const save = screen.getByRole('button', { name: 'save' });
    save.focus();
    fireEvent.click(save);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    expect(screen.getByRole('link', { name: 'Details' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // Nothing to take back: focus stays where the person was.
    expect(document.activeElement).toBe(save);
  });

  it('offers Undo after a deletion, moves focus to it, and Dismiss clears the message', () => {
    const onUndo = vi.fn();
    render(<Harness onUndo={onUndo} />);
    fireEvent.click(screen.getByRole('button', { name: 'delete' }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(onUndo).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('marks an error as such', () => {
    render(
      <MessageBar
        message={{ text: 'Failed.', error: true }}
        dismissLabel="Dismiss"
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByText('Failed.').parentElement).toHaveClass('notice--error');
  });
});
