import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, locales, parseLocale } from '@/lib/core/locales';
import { htmlLang, localeNames, localeTags } from '@/lib/i18n/locales';

describe('locales', () => {
  it('are the six languages of our markets, English first and default', () => {
    expect(locales).toEqual(['en', 'nb', 'sv', 'da', 'nl', 'de']);
    expect(defaultLocale).toBe('en');
  });

  it('name themselves in their own language', () => {
    expect(Object.values(localeNames)).toEqual([
      'English',
      'Norsk (bokmål)',
      'Svenska',
      'Dansk',
      'Nederlands',
      'Deutsch',
    ]);
  });
});

describe('isLocale', () => {
  it.each(['en', 'nb', 'sv', 'da', 'nl', 'de'])('accepts %s', (value) => expect(isLocale(value)).toBe(true));
  it.each(['no', 'NB', 'en-GB', '', 'fr', null, 3])('refuses %s', (value) =>
    expect(isLocale(value)).toBe(false),
  );
});

describe('htmlLang', () => {
  it('gives a BCP-47 tag for every locale', () => {
    for (const locale of locales) expect(htmlLang(locale)).toBe(localeTags[locale]);
    expect(htmlLang('nb')).toBe('nb');
  });
});

describe('parseLocale', () => {
  it.each([
    ['nb', 'nb'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nb-NO', 'nb'],
    ['no-NO', 'nb'],
    ['nn_NO', 'nb'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['sv-FI', 'sv'],
    ['nl-BE', 'nl'],
    ['da-DK', 'da'],
    [' sv ', 'sv'],
  ])('reads %j as %s', (value, expected) => expect(parseLocale(value)).toBe(expected));

  it.each(['', 'fr', 'xx', '*', '../nb', 'nb;q=1', 'en-', 'a'.repeat(40), null, undefined])(
    'ignores %j',
    (value) => expect(parseLocale(value)).toBeNull(),
  );
});
