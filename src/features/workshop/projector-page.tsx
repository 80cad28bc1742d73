// Placeholder: replaced by the feature's implementation.
export function ProjectorPage() {
  return null;
}
