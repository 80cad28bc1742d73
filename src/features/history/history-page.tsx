// Placeholder: replaced by the feature's implementation.
export function HistoryPage() {
  return null;
}
