// Placeholder: replaced by the feature's implementation.
export function ComparePage() {
  return null;
}
