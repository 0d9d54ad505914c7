import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const SESSION_COOKIE = 'status_session';
/** A session lasts one working day and then asks for the password again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Tolerated clock difference between processes when judging a token's issue time. */
const CLOCK_SKEW_MS = 60_000;

const payloadSchema = z.object({
  /** staff member id */
  sub: z.string().min(1),
  /** the member's sessionVersion when the session was issued */
  ver: z.number().int().min(0),
  iat: z.number().int(),
  exp: z.number().int(),
  /** a fresh random value per sign-in, so every sign-in yields a new cookie */
  jti: z.string().min(8),
});
export type SessionPayload = z.infer<typeof payloadSchema>;

function mac(data: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

export function issueSession(
  member: { id: string; sessionVersion: number },
  secret: string,
  now: Date,
  ttlMs = SESSION_TTL_MS,
): { token: string; payload: SessionPayload } {
  const payload: SessionPayload = {
    sub: member.id,
    ver: member.sessionVersion,
    iat: now.getTime(),
    exp: now.getTime() + ttlMs,
    jti: randomBytes(12).toString('base64url'),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return { token: `v1.${body}.${mac(`v1.${body}`, secret).toString('base64url')}`, payload };
}

export type SessionCheck =
  | { ok: true; payload: SessionPayload }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' | 'not_yet_valid' };

/** Verifies the HMAC in constant time before reading anything from the token, then its lifetime. */
export function verifySession(token: string, secret: string, now: Date): SessionCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1' || !parts[1] || !parts[2])
    return { ok: false, reason: 'malformed' };
  const expected = mac(`v1.${parts[1]}`, secret);
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'bad_signature' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const t = now.getTime();
  if (parsed.data.iat > t + CLOCK_SKEW_MS) return { ok: false, reason: 'not_yet_valid' };
  if (parsed.data.exp <= t) return { ok: false, reason: 'expired' };
  return { ok: true, payload: parsed.data };
}

export interface CookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
}

/** httpOnly, SameSite=Lax, Secure whenever the request came over https. */
export function sessionCookieOptions(secure: boolean, ttlMs = SESSION_TTL_MS): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: Math.floor(ttlMs / 1000) };
}

/** A Set-Cookie header value, for route handlers that build their own response. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (options.maxAge === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** True when the request reached us (or the TLS-terminating proxy in front of us) over https. */
export function isHttpsRequest(url: string, forwardedProto: string | null): boolean {
  const first = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  if (first) return first === 'https';
  return url.startsWith('https:');
}
