// Placeholder: replaced by the feature's implementation.
export function WorkshopsPage() {
  return null;
}
