/** Guides whose facts were last checked more than a year before the build carry a warning. */
export const STALE_AFTER_MONTHS = 12;

export function isOutdated(lastVerified: Date, now: Date, months = STALE_AFTER_MONTHS): boolean {
  const limit = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return lastVerified.getTime() < limit.getTime();
}
