// Workshops get their invite tag the first time a screen needs the invite (issue 11):
// those made before invites existed, too.
import { useEffect } from 'react';
import { ensureWorkshopTag } from '../../db/workshops';
import type { Workshop } from '../../domain/workshop';

export function useWorkshopTag(workshop: Workshop | null | undefined): void {
  const id = workshop?.id;
  const missing = Boolean(workshop && !workshop.tag);
  useEffect(() => {
    // A failed write leaves the invite empty; the next visit tries again.
    if (id && missing) void ensureWorkshopTag(id).catch(() => undefined);
  }, [id, missing]);
}
