import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  SESSION_TTL_MS,
  isHttpsRequest,
  issueSession,
  serializeCookie,
  sessionCookieOptions,
  verifySession,
} from './session';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const member = { id: 'staff-1', sessionVersion: 3 };
const t0 = new Date('2026-05-01T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('issueSession', () => {
  it('carries the member, the session version, issue time and a 12-hour expiry', () => {
    const { payload } = issueSession(member, SECRET, t0);
    expect(payload).toMatchObject({
      sub: 'staff-1',
      ver: 3,
      iat: t0.getTime(),
      exp: t0.getTime() + 12 * 3600_000,
    });
  });

  it('yields a different cookie on every sign-in', () => {
    expect(issueSession(member, SECRET, t0).token).not.toBe(issueSession(member, SECRET, t0).token);
  });
});

describe('verifySession', () => {
  const { token } = issueSession(member, SECRET, t0);

  it('accepts its own token until it expires', () => {
    expect(verifySession(token, SECRET, t0)).toMatchObject({ ok: true, payload: { sub: 'staff-1', ver: 3 } });
    expect(verifySession(token, SECRET, at(SESSION_TTL_MS - 1)).ok).toBe(true);
  });

  it('refuses it at and after expiry', () => {
    expect(verifySession(token, SECRET, at(SESSION_TTL_MS))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token issued in the future beyond clock skew', () => {
    const future = issueSession(member, SECRET, at(10 * 60_000)).token;
    expect(verifySession(future, SECRET, t0)).toEqual({ ok: false, reason: 'not_yet_valid' });
  });

  it('refuses a token signed with another secret', () => {
    expect(verifySession(token, `${SECRET}x`, t0)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a tampered payload (a different member or version)', () => {
    const [v, body, sig] = token.split('.');
    const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString());
    for (const change of [{ sub: 'admin-1' }, { ver: 4 }, { exp: payload.exp + 3600_000 }]) {
      const forged = Buffer.from(JSON.stringify({ ...payload, ...change })).toString('base64url');
      expect(verifySession(`${v}.${forged}.${sig}`, SECRET, t0)).toEqual({
        ok: false,
        reason: 'bad_signature',
      });
    }
  });

  it.each(['', 'abc', 'v1.', 'v1..', 'v2.e30.xxx', 'v1.e30', `${token}.extra`, token.replace(/.$/, '')])(
    'refuses the malformed token %j',
    (bad) => {
      expect(verifySession(bad, SECRET, t0).ok).toBe(false);
    },
  );

  it('refuses a correctly signed token whose payload is not a session', () => {
    const body = Buffer.from(JSON.stringify({ sub: 'x' })).toString('base64url');
    const sig = createHmac('sha256', SECRET).update(`v1.${body}`).digest('base64url');
    expect(verifySession(`v1.${body}.${sig}`, SECRET, t0)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('sessionCookieOptions', () => {
  it('is httpOnly, SameSite=Lax and Secure only over https', () => {
    expect(sessionCookieOptions(true)).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      path: '/',
      maxAge: 43200,
    });
    expect(sessionCookieOptions(false).secure).toBe(false);
  });
});

describe('serializeCookie', () => {
  it('writes every attribute', () => {
    expect(serializeCookie('s', 'v', sessionCookieOptions(true))).toBe(
      's=v; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax; Secure',
    );
    expect(serializeCookie('s', '', { ...sessionCookieOptions(false), maxAge: 0 })).toContain(
      'Expires=Thu, 01 Jan 1970',
    );
  });
});

describe('isHttpsRequest', () => {
  it.each([
    ['http://x/', null, false],
    ['https://x/', null, true],
    ['http://x/', 'https', true],
    ['http://x/', 'https, http', true],
    ['https://x/', 'http', false],
  ])('%s with X-Forwarded-Proto %s → %s', (url, proto, expected) => {
    expect(isHttpsRequest(url, proto)).toBe(expected);
  });
});
