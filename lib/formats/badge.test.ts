import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { badgeColours, renderBadge, statusBadge, textWidth } from '@/lib/formats/badge';
import { indicators } from '@/lib/core/vocab';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

interface Svg {
  svg: { '@role': string; '@aria-label': string; '@width': string; title: string };
}

describe('statusBadge', () => {
  it.each(indicators)('is well-formed SVG with an accessible title for %s', (indicator) => {
    const svg = statusBadge('SuperOffice CRM Online', indicator, 'Some sentence');
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = parser.parse(svg) as Svg;
    expect(parsed.svg['@role']).toBe('img');
    expect(parsed.svg.title).toBe('SuperOffice CRM Online: Some sentence');
    expect(parsed.svg['@aria-label']).toBe('SuperOffice CRM Online: Some sentence');
    expect(svg).toContain(`fill="${badgeColours[indicator]}"`);
  });

  it('shows the status word shields users expect', () => {
    expect(statusBadge('P', 'none', 'All Systems Operational')).toContain('>operational</text>');
    expect(statusBadge('P', 'critical', 'x')).toContain('>major outage</text>');
  });
});

describe('renderBadge', () => {
  it('escapes every text it draws', () => {
    const svg = renderBadge({
      label: '<b>&',
      message: '"x"',
      colour: '#000',
      title: "<script>alert('x')</script>",
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect((parser.parse(svg) as Svg).svg.title).toBe("<script>alert('x')</script>");
  });

  it('grows with its text', () => {
    const short = parser.parse(
      renderBadge({ label: 'status', message: 'ok', colour: '#000', title: 't' }),
    ) as Svg;
    const long = parser.parse(
      renderBadge({ label: 'status', message: 'partial outage', colour: '#000', title: 't' }),
    ) as Svg;
    expect(Number(long.svg['@width'])).toBeGreaterThan(Number(short.svg['@width']));
    expect(textWidth('WWW')).toBeGreaterThan(textWidth('iii'));
  });
});
