// What the app should tell the user about its database connection: stored in memory only
// (IndexedDB failed to open), closed because another tab opened a newer version, or an
// upgrade waiting for other tabs to close. Kept apart from database.ts, which opens the
// database with top-level await, so the banner can subscribe before the open finishes
// (an open blocked by another tab never finishes on its own).

export type ConnectionStatus = {
  /** 'memory': IndexedDB would not open; data lives only as long as this tab. */
  mode: 'pending' | 'persistent' | 'memory';
  /** Why IndexedDB could not be used, for the curious (not translated). */
  reason?: string | undefined;
  /** Another tab opened a newer version of the database: this tab must reload. */
  outdated: boolean;
  /** This tab wants to upgrade the database but an older tab keeps it open. */
  blocked: boolean;
};

let status: ConnectionStatus = { mode: 'pending', outdated: false, blocked: false };
const listeners = new Set<() => void>();

export function getConnectionStatus(): ConnectionStatus {
  return status;
}

export function updateConnectionStatus(change: Partial<ConnectionStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export function subscribeConnectionStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
