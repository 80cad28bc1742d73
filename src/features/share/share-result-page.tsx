// Placeholder: replaced by the feature's implementation.
export function ShareResultPage() {
  return null;
}
