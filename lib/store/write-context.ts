import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/store/driver';

/** What every write verb gets besides the draft: the clock, who acts, and (for tests) how ids are made. */
export interface WriteContext {
  now: Date;
  actor: Actor;
  newId?: () => string;
}

/** 16 lowercase base-32 characters: short enough for a URL, 80 random bits. */
export function randomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return Array.from(randomBytes(16), (b) => alphabet[b & 31]).join('');
}

export function nextId(ctx: WriteContext): string {
  return (ctx.newId ?? randomId)();
}
