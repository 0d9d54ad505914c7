/** IANA zone names as Intl knows them: the one check every layer uses before computing in a zone. */
const canonicalNames = new Map<string, string | null>();
const zoneNamePattern = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** A zone name Intl accepts, with its case fixed where Intl knows it ('europe/oslo' → 'Europe/Oslo'); null if unknown. */
export function canonicalTimeZone(zone: unknown): string | null {
  if (typeof zone !== 'string') return null;
  const known = canonicalNames.get(zone);
  if (known !== undefined) return known;
  if (zone.length > 64 || !zoneNamePattern.test(zone)) return null;
  let canonical: string | null;
  try {
    // ICU answers with CLDR's legacy ids (Asia/Kolkata → Asia/Calcutta): keep a valid spelling, only fix case.
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    canonical = resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
  } catch {
    canonical = null;
  }
  if (canonicalNames.size < 1000) canonicalNames.set(zone, canonical);
  return canonical;
}

export function isValidTimeZone(zone: unknown): zone is string {
  return canonicalTimeZone(zone) !== null;
}
