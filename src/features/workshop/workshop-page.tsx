// Placeholder: replaced by the feature's implementation.
export function WorkshopPage() {
  return null;
}
