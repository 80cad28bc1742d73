// Placeholder: replaced by the feature's implementation.
export function DataPanel() {
  return null;
}
