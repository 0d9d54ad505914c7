import { describe, expect, it } from 'vitest';
import { enMessages } from '@/lib/i18n/dictionaries/en';
import { nbMessages } from '@/lib/i18n/dictionaries/nb';
import { getAreaTranslator, getTranslator, t } from '@/lib/i18n/messages';
import { createAreaTranslator, createTranslator, interpolate, lookup, plural } from '@/lib/i18n/translator';

describe('t', () => {
  it('translates a key in each language', () => {
    expect(t('en', 'common.nav.calendar')).toBe('Maintenance');
    expect(t('nb', 'common.nav.calendar')).toBe('Vedlikehold');
    expect(t('de', 'calendar.rules.server-recycle.title')).toBe('Nächtlicher Server-Neustart');
  });

  it('fills placeholders', () => {
    expect(t('en', 'home.uptime.percent', { percent: '99.95%' })).toBe('99.95% uptime');
    expect(t('sv', 'calendar.timeZone.shownIn', { zone: 'Europe/Stockholm', offset: 'UTC+01:00' })).toBe(
      'Tiderna visas i Europe/Stockholm (UTC+01:00)',
    );
  });

  it('picks the plural form from count', () => {
    expect(t('en', 'common.live.updatedAgo', { count: 1 })).toBe('Updated 1 second ago');
    expect(t('en', 'common.live.updatedAgo', { count: 5 })).toBe('Updated 5 seconds ago');
    expect(t('nb', 'common.live.updatedAgo', { count: 1 })).toBe('Oppdatert for 1 sekund siden');
    expect(t('nb', 'common.live.updatedAgo', { count: 12 })).toBe('Oppdatert for 12 sekunder siden');
    expect(t('de', 'home.uptime.incidents', { count: 0 })).toBe('0 Störungen');
  });

  it('takes keys built from typed vocabulary values', () => {
    const status: 'partial_outage' | 'operational' = 'partial_outage';
    expect(t('da', `status.component.${status}`)).toBe('Delvist nedbrud');
  });

  it('rejects unknown keys and missing or wrong placeholders at compile time', () => {
    // @ts-expect-error not a key
    expect(t('en', 'home.nope')).toBe('home.nope');
    // @ts-expect-error a group, not a message
    expect(t('en', 'home.uptime')).toBe('home.uptime');
    // @ts-expect-error the message needs {percent}
    expect(t('en', 'home.uptime.percent')).toBe('{percent} uptime');
    // @ts-expect-error wrong placeholder name
    expect(t('en', 'home.uptime.percent', { pct: 1 })).toBe('{percent} uptime');
    // @ts-expect-error a plural needs a numeric count
    expect(t('en', 'time.duration.day', { count: 'three' })).toBe('three days');
  });
});

describe('getTranslator and getAreaTranslator', () => {
  it('bind the language once', () => {
    const nl = getTranslator('nl');
    expect(nl('errors.notFound.title')).toBe('Pagina niet gevonden');
    expect(getTranslator('nl')).toBe(nl);
  });

  it('scope keys to one area', () => {
    const common = getAreaTranslator('sv', 'common');
    expect(common('nav.history')).toBe('Historik');
    expect(common('pagination.page', { page: 2, pages: 7 })).toBe('Sida 2 av 7');
    // @ts-expect-error a key of another area
    expect(common('title')).toBe('title');
  });
});

describe('createTranslator', () => {
  it('works from one imported dictionary, for client components', () => {
    const translate = createTranslator('nb', nbMessages);
    expect(translate('embed.viewStatusPage')).toBe('Se statussiden');
  });

  it('falls back to the fallback messages, then to the key', () => {
    const partial = { ...nbMessages, embed: { ...nbMessages.embed, viewStatusPage: undefined } };
    // @ts-expect-error a deliberately broken dictionary
    const translate = createTranslator('nb', partial, enMessages);
    expect(translate('embed.viewStatusPage')).toBe('View status page');
    // @ts-expect-error a deliberately broken dictionary
    expect(createTranslator('nb', partial)('embed.viewStatusPage')).toBe('embed.viewStatusPage');
  });
});

describe('createAreaTranslator', () => {
  it('works from one area passed as a prop', () => {
    const embed = createAreaTranslator('de', 'embed', nbMessages.embed);
    expect(embed('maintenanceUpcoming', { relative: 'om 3 dager', localTime: '22:00' })).toBe(
      'Vedlikehold om 3 dager (22:00)',
    );
  });
});

describe('interpolate', () => {
  it('fills every occurrence and leaves unknown placeholders visible', () => {
    expect(interpolate('{a} and {a}, not {b}', { a: 1 })).toBe('1 and 1, not {b}');
    expect(interpolate('no placeholders')).toBe('no placeholders');
  });
});

describe('plural', () => {
  it('chooses one for exactly 1 and other otherwise', () => {
    const message = { one: '{count} dag', other: '{count} dager' };
    expect([0, 1, 2, 1.5].map((n) => plural('nb', message, n))).toEqual([
      '0 dager',
      '1 dag',
      '2 dager',
      '1.5 dager',
    ]);
  });
});

describe('lookup', () => {
  it('walks dotted keys and refuses inherited properties', () => {
    expect(lookup(enMessages, 'common.nav.status')).toBe('Status');
    expect(lookup(enMessages, 'common.constructor')).toBeUndefined();
    expect(lookup(enMessages, 'common.nav.status.length')).toBeUndefined();
  });
});
