import { describe, expect, it } from 'vitest';
import {
  formatLocaleFor,
  isFormatLocale,
  languageOf,
  negotiateLocale,
  negotiateRegion,
  parseAcceptLanguage,
  toFormatLocale,
  weekStartsOn,
} from '@/lib/i18n/negotiate';

describe('negotiateLocale', () => {
  it('takes the path or parameter over the cookie and Accept-Language', () => {
    expect(negotiateLocale({ pathOrParam: 'sv', cookie: 'de', acceptLanguage: 'nl' })).toBe('sv');
  });

  it('takes the cookie over Accept-Language', () => {
    expect(negotiateLocale({ cookie: 'de', acceptLanguage: 'nl' })).toBe('de');
  });

  it('takes Accept-Language over the default', () => {
    expect(negotiateLocale({ acceptLanguage: 'da-DK,da;q=0.9' })).toBe('da');
  });

  it('falls back to English', () => {
    expect(negotiateLocale({})).toBe('en');
    expect(negotiateLocale()).toBe('en');
    expect(negotiateLocale({ pathOrParam: null, cookie: null, acceptLanguage: null })).toBe('en');
  });

  it('skips a garbage parameter and uses the cookie', () => {
    expect(negotiateLocale({ pathOrParam: 'xx', cookie: 'nl', acceptLanguage: 'de' })).toBe('nl');
  });

  it('skips a garbage cookie and uses Accept-Language', () => {
    expect(negotiateLocale({ cookie: '<script>', acceptLanguage: 'sv-SE' })).toBe('sv');
  });

  it('falls back to English when every source is garbage or unsupported', () => {
    expect(
      negotiateLocale({ pathOrParam: 'fr', cookie: '', acceptLanguage: 'fr-FR, ja;q=0.8, *;q=0.1' }),
    ).toBe('en');
    expect(negotiateLocale({ acceptLanguage: ';;;,,,q=1' })).toBe('en');
  });

  it.each([
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO,nn;q=0.9', 'nb'],
    ['de-AT', 'de'],
    ['de-CH, fr;q=0.8', 'de'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR, nl-BE;q=0.7', 'nl'],
  ])('reads the region tag %j as %s', (acceptLanguage, expected) => {
    expect(negotiateLocale({ acceptLanguage })).toBe(expected);
  });

  it('follows q-values, not header order', () => {
    expect(negotiateLocale({ acceptLanguage: 'de;q=0.5, sv;q=0.9, en;q=0.1' })).toBe('sv');
    expect(negotiateLocale({ acceptLanguage: 'fr;q=1, en;q=0.2, nb;q=0.8' })).toBe('nb');
  });

  it('keeps header order between equal q-values', () => {
    expect(negotiateLocale({ acceptLanguage: 'da;q=0.8, nl;q=0.8' })).toBe('da');
  });

  it('never picks a language the viewer refused with q=0', () => {
    expect(negotiateLocale({ acceptLanguage: 'de;q=0, nl;q=0.1' })).toBe('nl');
  });
});

describe('parseAcceptLanguage', () => {
  it('sorts by q and drops q=0, malformed q-values and malformed tags', () => {
    expect(
      parseAcceptLanguage('nb-NO, en;q=0.5 , de;q=0.8, fr;q=0, sv;q=2, da;q=abc, 12$;q=1, nl;Q=0.9'),
    ).toEqual([
      { tag: 'nb-NO', q: 1 },
      { tag: 'nl', q: 0.9 },
      { tag: 'de', q: 0.8 },
      { tag: 'en', q: 0.5 },
    ]);
  });

  it('returns nothing for an empty or missing header', () => {
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });

  it('copes with a huge header', () => {
    expect(parseAcceptLanguage(`${'x-abcdefgh,'.repeat(10_000)}nb`)).not.toContainEqual({ tag: 'nb', q: 1 });
  });
});

describe('negotiateRegion', () => {
  it.each([
    ['en-US,en;q=0.9', 'en-US'],
    ['nb-NO, en-US;q=0.7', 'en-US'],
    ['en, en-US;q=0.9', 'en-US'],
    ['en-GB,en;q=0.9', 'en-GB'],
    ['en-IE', 'en-GB'],
    ['en', 'en-GB'],
    ['en-GB;q=0.9, en-US;q=0.8', 'en-GB'],
    ['en-US;q=0.5, en-GB', 'en-GB'],
    ['de-DE', 'en-GB'],
    ['', 'en-GB'],
  ])('reads %j as %s', (header, expected) => expect(negotiateRegion(header)).toBe(expected));
  it('defaults to en-GB without a header', () => expect(negotiateRegion(null)).toBe('en-GB'));
});

describe('formatLocaleFor', () => {
  it('gives English readers en-US only when their browser prefers it', () => {
    expect(formatLocaleFor('en', 'en-US,en;q=0.9')).toBe('en-US');
    expect(formatLocaleFor('en', 'en-GB')).toBe('en-GB');
    expect(formatLocaleFor('en', null)).toBe('en-GB');
    expect(formatLocaleFor('en')).toBe('en-GB');
  });

  it('keeps every other language as it is, whatever the browser says', () => {
    expect(formatLocaleFor('nb', 'en-US')).toBe('nb');
    expect(formatLocaleFor('de', 'de-AT')).toBe('de');
  });
});

describe('weekStartsOn', () => {
  it('starts the week on Sunday for en-US only', () => {
    expect(weekStartsOn('en-US')).toBe(0);
    for (const locale of ['en', 'en-GB', 'nb', 'sv', 'da', 'nl', 'de'] as const)
      expect(weekStartsOn(locale)).toBe(1);
  });
});

describe('toFormatLocale and languageOf', () => {
  it('map between languages and format locales', () => {
    expect(toFormatLocale('en')).toBe('en-GB');
    expect(toFormatLocale('en-US')).toBe('en-US');
    expect(toFormatLocale('nb')).toBe('nb');
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('de')).toBe('de');
    expect(isFormatLocale('en-US')).toBe(true);
    expect(isFormatLocale('en')).toBe(false);
  });
});
