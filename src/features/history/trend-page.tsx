// Placeholder: replaced by the feature's implementation.
export function TrendPage() {
  return null;
}
