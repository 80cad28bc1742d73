// How a write went: the reason it failed (announced at once), or a quiet confirmation.
// A confirmation is hidden again as soon as the form has new unsaved changes.
export function SaveFeedback({
  error,
  status,
  stale = false,
}: {
  error: string | null;
  status: string;
  stale?: boolean;
}) {
  return (
    <>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="policy-saved">
        {stale ? '' : status}
      </p>
    </>
  );
}
