import { crc32, deflateSync } from 'node:zlib';
import { badgeColours } from '@/lib/formats/badge';
import type { Indicator } from '@/lib/core/vocab';

const SIZE = 32;
const RADIUS = 8;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage of a pixel by the rounded square, 0–1 (a cheap anti-aliased edge). */
function coverage(x: number, y: number): number {
  const cx = Math.min(Math.max(x + 0.5, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y + 0.5, RADIUS), SIZE - RADIUS);
  const distance = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
  return Math.min(1, Math.max(0, RADIUS + 0.5 - distance));
}

function png(rgb: [number, number, number]): Buffer {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y += 1) {
    const row = y * (SIZE * 4 + 1);
    for (let x = 0; x < SIZE; x += 1) {
      const at = row + 1 + x * 4;
      rows.set([...rgb, Math.round(255 * coverage(x, y))], at);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * `/favicon.ico` for the browsers, readers and embeds that ask for it by name: one 32×32 PNG image in an
 * ICO container, in the overall status colour (the SVG icon carries the mark as well).
 */
export function faviconIco(indicator: Indicator): Buffer {
  const hex = badgeColours[indicator].replace('#', '');
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
  const rgb: [number, number, number] = [channel(0), channel(2), channel(4)];
  const image = png(rgb);
  const dir = Buffer.alloc(22);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(1, 4);
  dir.set([SIZE, SIZE, 0, 0], 6);
  dir.writeUInt16LE(1, 10);
  dir.writeUInt16LE(32, 12);
  dir.writeUInt32LE(image.length, 14);
  dir.writeUInt32LE(22, 18);
  return Buffer.concat([dir, image]);
}
