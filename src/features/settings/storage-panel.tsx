// Placeholder: replaced by the feature's implementation.
export function StoragePanel() {
  return null;
}
