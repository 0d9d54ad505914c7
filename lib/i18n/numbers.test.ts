import { describe, expect, it } from 'vitest';
import type { LocaleLike } from '@/lib/i18n/negotiate';
import { formatNumber, formatPercent } from '@/lib/i18n/numbers';

/** Intl separates with narrow or no-break spaces; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPercent', () => {
  it.each<[LocaleLike, string]>([
    ['en', '99.95%'],
    ['en-US', '99.95%'],
    ['nb', '99,95 %'],
    ['sv', '99,95 %'],
    ['da', '99,95 %'],
    ['nl', '99,95%'],
    ['de', '99,95 %'],
  ])('writes %s as %s', (locale, expected) => expect(plain(formatPercent(0.9995, locale))).toBe(expected));

  it('rounds down, so almost-perfect uptime never reads 100%', () => {
    expect(formatPercent(0.99996, 'en')).toBe('99.99%');
    expect(formatPercent(1, 'en')).toBe('100.00%');
    expect(formatPercent(0.5, 'en', 0)).toBe('50%');
    expect(formatPercent(0.123456, 'en', 1)).toBe('12.3%');
  });
});

describe('formatNumber', () => {
  it.each<[LocaleLike, string]>([
    ['en', '1,234.5'],
    ['nb', '1 234,5'],
    ['sv', '1 234,5'],
    ['da', '1.234,5'],
    ['nl', '1.234,5'],
    ['de', '1.234,5'],
  ])('writes %s as %s', (locale, expected) => expect(plain(formatNumber(1234.5, locale))).toBe(expected));
});
