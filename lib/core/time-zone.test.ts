import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isValidTimeZone } from '@/lib/core/time-zone';

describe('canonicalTimeZone', () => {
  it.each([
    ['Europe/Oslo', 'Europe/Oslo'],
    ['europe/oslo', 'Europe/Oslo'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['Europe/Atlantis', null],
    ['+05:30', null],
    ['', null],
    ['../../etc/passwd', null],
  ])('%s → %s', (zone, canonical) => {
    expect(canonicalTimeZone(zone)).toBe(canonical);
    expect(isValidTimeZone(zone)).toBe(canonical !== null);
  });
});
