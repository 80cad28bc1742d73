// The buttons at the foot of a form that opens in place (a goal, a standard, a rule):
// save, and cancel to close it without saving.
type Props = {
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  /** While a save is running the save button is disabled, so it cannot be sent twice. */
  submitting: boolean;
};

export function FormActions({ submitLabel, cancelLabel, onCancel, submitting }: Props) {
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" disabled={submitting}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
