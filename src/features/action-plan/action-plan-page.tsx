// Placeholder: replaced by the feature's implementation.
export function ActionPlanPage() {
  return null;
}
