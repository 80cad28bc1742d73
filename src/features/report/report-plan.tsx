// Placeholder: the action plan as printed in the report (owned by the action-plan work).
export function ReportPlan(_props: { assessmentId: string }) {
  return null;
}
