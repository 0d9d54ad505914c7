import { toFormatLocale, type LocaleLike } from '@/lib/i18n/negotiate';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: LocaleLike, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = toFormatLocale(locale);
  const cacheKey = `${tag}|${JSON.stringify(options)}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, options);
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/** 1,234.5 (en), 1 234,5 (nb, sv), 1.234,5 (da, nl, de). */
export function formatNumber(
  value: number,
  locale: LocaleLike,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(locale, options).format(value);
}

/**
 * A ratio (0.9995) as a percentage in the locale's style: 99.95% (en), 99,95 % (nb, de). Rounds down, so an
 * uptime of 99.996% never shows as 100.00%.
 */
export function formatPercent(ratio: number, locale: LocaleLike, fractionDigits = 2): string {
  const scale = 10 ** (fractionDigits + 2);
  // The epsilon absorbs binary noise (0.9995 * 10000 = 9994.999…) without rounding real values up.
  const floored = Math.floor(ratio * scale + 1e-6) / scale;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(floored);
}
