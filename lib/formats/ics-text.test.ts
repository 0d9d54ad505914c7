import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine } from '@/lib/formats/ics-text';

describe('escapeIcsText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['plain: text', 'plain: text'],
  ])('escapes %j as %j', (value, escaped) => {
    expect(escapeIcsText(value)).toBe(escaped);
  });
});

describe('foldIcsLine', () => {
  it.each([
    ['ASCII', `SUMMARY:${'x'.repeat(200)}`],
    ['two-byte letters', `SUMMARY:${'ø'.repeat(100)}`],
    ['three-byte characters', `SUMMARY:${'€'.repeat(60)}`],
    ['emoji', `SUMMARY:a${'🔧'.repeat(40)}`],
    ['mixed', `DESCRIPTION:${'Vedlikehold på æøå – 🔧 '.repeat(12)}`],
  ])('folds %s at 75 octets without splitting a character', (_label, line) => {
    const folded = foldIcsLine(line);
    const pieces = folded.split('\r\n');
    pieces.forEach((piece, i) => {
      const bytes = new TextEncoder().encode(piece);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(piece);
      if (i > 0) expect(piece.startsWith(' ')).toBe(true);
    });
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldIcsLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
