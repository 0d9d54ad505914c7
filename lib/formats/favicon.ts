import { badgeColours } from '@/lib/formats/badge';
import type { Indicator } from '@/lib/core/vocab';

const marks: Record<Indicator, string> = {
  none: 'M9 16.5l4.5 4.5 9.5-10',
  minor: 'M10 16h12',
  major: 'M16 9v9M16 22.5v.5',
  critical: 'M11 11l10 10M21 11l-10 10',
  maintenance: 'M16 9v7l4.5 3',
};

/** The browser-tab icon: a rounded square in the overall status colour with the same mark as the page. */
export function faviconSvg(indicator: Indicator): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="8" fill="${badgeColours[indicator]}"/>` +
    `<path d="${marks[indicator]}" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>` +
    `</svg>`
  );
}
