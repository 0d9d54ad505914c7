import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiToken } from '@/lib/store/schema';

/** Console-made tokens start with this prefix so secret scanners can recognise a leaked one. */
export const TOKEN_PREFIX = 'sost_';

/** 32 random bytes: far too much entropy to guess, so a plain SHA-256 is a sufficient stored form. */
export function generateApiToken(): { secret: string; hash: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashApiToken(secret) };
}

export function hashApiToken(secret: string): string {
  return `sha256:${createHash('sha256').update(secret, 'utf8').digest('hex')}`;
}

/** Compares two secrets in constant time whatever their lengths (both are hashed first). */
export function constantTimeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a, 'utf8').digest();
  const hb = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(ha, hb);
}

/** The active token whose hash matches `secret`, or null; revoked tokens never match. */
export function findApiToken(tokens: readonly ApiToken[], secret: string): ApiToken | null {
  const hash = hashApiToken(secret);
  let found: ApiToken | null = null;
  for (const token of tokens) {
    if (token.revokedAt === null && constantTimeEqual(token.hash, hash)) found = token;
  }
  return found;
}

/** `Authorization: Bearer <token>` → the token, or null when the header is absent or another scheme. */
export function bearerToken(authorization: string | null): string | null {
  if (!authorization) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  return match?.[1] ?? null;
}
