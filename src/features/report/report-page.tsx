// Placeholder: replaced by the feature's implementation.
export function ReportPage() {
  return null;
}
