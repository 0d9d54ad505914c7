/** Searching IANA zone names the way people type them: "new york", "oslo", "kolkata", "america/new". Pure. */

export interface ZoneOption {
  zone: string;
  /** The place as people say it: 'New York', 'Oslo', 'UTC'. */
  city: string;
  /** The region part, 'America', 'Europe/…'; empty for 'UTC'. */
  region: string;
}

export function zoneOption(zone: string): ZoneOption {
  const parts = zone.split('/');
  const city = (parts.at(-1) ?? zone).replace(/_/g, ' ');
  return { zone, city, region: parts.slice(0, -1).join('/').replace(/_/g, ' ') };
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/\s-]+/g, ' ')
    .trim();
}

/** Every zone plus UTC, sorted, without duplicates. */
export function zoneList(supported: readonly string[]): string[] {
  return [...new Set([...supported, 'UTC'])].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * Zones whose name contains every word of the query, best first: the city starting with the query, then a
 * word of the city starting with it, then anything else. An empty query lists the first `limit` zones.
 */
export function searchZones(zones: readonly string[], query: string, limit = 50): ZoneOption[] {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return zones.slice(0, limit).map(zoneOption);
  const phrase = words.join(' ');
  const ranked: { option: ZoneOption; rank: number }[] = [];
  for (const zone of zones) {
    const option = zoneOption(zone);
    const haystack = normalise(zone);
    if (!words.every((w) => haystack.includes(w))) continue;
    const city = normalise(option.city);
    const rank = city.startsWith(phrase)
      ? 0
      : city.split(' ').some((w) => w.startsWith(words[0] ?? ''))
        ? 1
        : haystack.startsWith(phrase)
          ? 2
          : 3;
    ranked.push({ option, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.option.zone.localeCompare(b.option.zone, 'en'))
    .slice(0, limit)
    .map((r) => r.option);
}
