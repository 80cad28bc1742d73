// Record ids: random UUIDs (v4), so records made on two devices or in two tabs never
// collide and a backup merged into another device keeps every record apart.

/** A new id for any stored record. */
export function newId(): string {
  return crypto.randomUUID();
}
