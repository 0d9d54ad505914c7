import { describe, expect, it } from 'vitest';
import { searchZones, zoneList, zoneOption } from './zone-search';

const zones = zoneList([
  'Europe/Oslo',
  'America/New_York',
  'America/North_Dakota/New_Salem',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Europe/Berlin',
  'America/Argentina/Buenos_Aires',
  'Pacific/Auckland',
]);

describe('zoneList', () => {
  it('adds UTC once and sorts', () => {
    expect(zoneList(['UTC', 'Europe/Oslo', 'America/New_York'])).toEqual([
      'America/New_York',
      'Europe/Oslo',
      'UTC',
    ]);
    expect(zones).toContain('UTC');
  });
});

describe('zoneOption', () => {
  it('says the city as people write it', () => {
    expect(zoneOption('America/North_Dakota/New_Salem')).toEqual({
      zone: 'America/North_Dakota/New_Salem',
      city: 'New Salem',
      region: 'America/North Dakota',
    });
    expect(zoneOption('UTC')).toEqual({ zone: 'UTC', city: 'UTC', region: '' });
  });
});

describe('searchZones', () => {
  it.each([
    ['new york', 'America/New_York'],
    ['New_York', 'America/New_York'],
    ['america/new', 'America/New_York'],
    ['oslo', 'Europe/Oslo'],
    ['OSLO', 'Europe/Oslo'],
    ['kolk', 'Asia/Kolkata'],
    ['lord howe', 'Australia/Lord_Howe'],
    ['buenos', 'America/Argentina/Buenos_Aires'],
    ['utc', 'UTC'],
  ])('finds %j first as %s', (query, zone) => {
    expect(searchZones(zones, query)[0]?.zone).toBe(zone);
  });

  it('needs every word to match', () => {
    expect(searchZones(zones, 'new salem').map((o) => o.zone)).toEqual(['America/North_Dakota/New_Salem']);
    expect(searchZones(zones, 'europe york')).toEqual([]);
  });

  it('puts cities that start with the query before names that only contain it', () => {
    expect(searchZones(zones, 'new').map((o) => o.zone)).toEqual([
      'America/New_York',
      'America/North_Dakota/New_Salem',
    ]);
    expect(searchZones(zones, 'a').length).toBeGreaterThan(3);
  });

  it('lists the first zones for an empty query and respects the limit', () => {
    expect(searchZones(zones, '  ', 3).map((o) => o.zone)).toEqual(zones.slice(0, 3));
    expect(searchZones(zones, 'a', 2)).toHaveLength(2);
  });
});
