import { escapeXml } from '@/lib/formats/atom';
import type { Indicator } from '@/lib/core/vocab';

/**
 * `/badge.svg`: a shields.io-style flat badge of the overall status. A badge lives on other people's pages
 * and READMEs where our CSS variables do not exist, so it carries its own colours (shields' palette).
 */

export const badgeColours: Record<Indicator, string> = {
  none: '#2e7d32',
  minor: '#a86b00',
  major: '#c2410c',
  critical: '#b91c1c',
  maintenance: '#1f5fb8',
};
const LABEL_COLOUR = '#555';

const badgeMessages: Record<Indicator, string> = {
  none: 'operational',
  minor: 'minor outage',
  major: 'partial outage',
  critical: 'major outage',
  maintenance: 'maintenance',
};

// Approximate advance widths of Verdana 11px (what shields measures with), by character class.
function charWidth(c: string): number {
  if (/[iIl.,:;'|!]/.test(c)) return 3.5;
  if (/[fjrt()[\]{} ]/.test(c)) return 4.5;
  if (/[mwMW]/.test(c)) return 10;
  if (/[A-Z0-9%&@#]/.test(c)) return 7.8;
  return 6.8;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += charWidth(c);
  return Math.ceil(width);
}

export interface BadgeInput {
  label: string;
  message: string;
  colour: string;
  /** The accessible name: what a screen reader says and a tooltip shows. */
  title: string;
}

export function renderBadge({ label, message, colour, title }: BadgeInput): string {
  const lw = textWidth(label) + 10;
  const mw = textWidth(message) + 10;
  const w = lw + mw;
  const t = escapeXml(title);
  const text = (x: number, value: string) =>
    `<text x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${textWidth(value) * 10}">${escapeXml(value)}</text>` +
    `<text x="${x * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${textWidth(value) * 10}">${escapeXml(value)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${t}"><title>${t}</title>` +
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>` +
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>` +
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="${LABEL_COLOUR}"/><rect x="${lw}" width="${mw}" height="20" fill="${escapeXml(colour)}"/><rect width="${w}" height="20" fill="url(#s)"/></g>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">` +
    text(lw / 2, label) +
    text(lw + mw / 2, message) +
    `</g></svg>`
  );
}

/** The status badge: `status | operational` in the indicator's colour, titled with the page name and the full sentence. */
export function statusBadge(
  pageName: string,
  indicator: Indicator,
  description: string,
  label = 'status',
): string {
  return renderBadge({
    label,
    message: badgeMessages[indicator],
    colour: badgeColours[indicator],
    title: `${pageName}: ${description}`,
  });
}
