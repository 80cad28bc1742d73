// Placeholder: replaced by the feature's implementation.
export function SharePage() {
  return null;
}
