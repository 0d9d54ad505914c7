import { describe, expect, it } from 'vitest';
import { faviconIco } from '@/lib/formats/favicon-ico';

describe('faviconIco', () => {
  it('is an ICO with one 32×32 PNG image', () => {
    const ico = faviconIco('none');
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(ico[6]).toBe(32);
    expect(ico.readUInt32LE(14)).toBe(ico.length - 22);
    expect(ico.subarray(22, 30).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  });

  it('differs by status', () => {
    expect(faviconIco('critical').equals(faviconIco('none'))).toBe(false);
  });
});
