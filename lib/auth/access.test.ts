import { describe, expect, it } from 'vitest';
import { decideStaffAccess, type AccessInput } from './access';
import { issueSession } from './session';
import { T0, member } from '@/lib/store/test-fixtures/write-context';
import { hashApiToken } from './tokens';

const SECRET = 'session-secret-for-tests-0123456789abcdef';
const ada = member();
const eve = member({ id: 'staff-editor', email: 'eve@example.com', role: 'editor' });
const gone = member({ id: 'staff-gone', email: 'gone@example.com', disabledAt: '2026-02-01T00:00:00.000Z' });
const cookieOf = (m: { id: string; sessionVersion: number }) => issueSession(m, SECRET, T0).token;

function input(overrides: Partial<AccessInput> = {}): AccessInput {
  return {
    method: 'POST',
    authorization: null,
    sessionCookie: null,
    origin: null,
    secFetchSite: null,
    allowedHosts: ['status.example.com'],
    staff: [ada, eve, gone],
    tokens: [
      {
        id: 'tok-1',
        name: 'deploy pipeline',
        hash: hashApiToken('sost_live'),
        role: 'editor',
        createdBy: 'ada@example.com',
        createdAt: '2026-01-01T00:00:00.000Z',
        revokedAt: null,
      },
      {
        id: 'tok-2',
        name: 'old',
        hash: hashApiToken('sost_old'),
        role: 'admin',
        createdBy: 'ada@example.com',
        createdAt: '2026-01-01T00:00:00.000Z',
        revokedAt: '2026-02-01T00:00:00.000Z',
      },
    ],
    envToken: 'env-admin-token',
    sessionSecret: SECRET,
    now: T0,
    role: 'editor',
    ...overrides,
  };
}

describe('decideStaffAccess', () => {
  it.each([
    ['no credentials', {}, 'unauthorized'],
    ['a wrong bearer token', { authorization: 'Bearer nope' }, 'unauthorized'],
    ['a revoked token', { authorization: 'Bearer sost_old' }, 'unauthorized'],
    ['another auth scheme', { authorization: 'Basic YTpi' }, 'unauthorized'],
    [
      'a bad bearer beside a good cookie',
      { authorization: 'Bearer nope', sessionCookie: cookieOf(ada) },
      'unauthorized',
    ],
    ['a forged cookie', { sessionCookie: 'v1.e30.AAAA' }, 'unauthorized'],
    [
      'an expired cookie',
      { sessionCookie: cookieOf(ada), now: new Date(T0.getTime() + 13 * 3600_000) },
      'unauthorized',
    ],
    [
      'a cookie from before sign-out',
      { sessionCookie: cookieOf({ id: ada.id, sessionVersion: 0 }), staff: [{ ...ada, sessionVersion: 1 }] },
      'unauthorized',
    ],
    ['a disabled member', { sessionCookie: cookieOf(gone) }, 'unauthorized'],
    ['a deleted member', { sessionCookie: cookieOf(ada), staff: [eve] }, 'unauthorized'],
    ['an empty env token configured', { authorization: 'Bearer ', envToken: '' }, 'unauthorized'],
    [
      'a cookie write from another site',
      { sessionCookie: cookieOf(ada), origin: 'https://evil.example' },
      'forbidden_origin',
    ],
    [
      'a cookie write marked cross-site',
      { sessionCookie: cookieOf(ada), secFetchSite: 'cross-site' },
      'forbidden_origin',
    ],
    ['an editor doing admin work', { sessionCookie: cookieOf(eve), role: 'admin' as const }, 'forbidden'],
    [
      'an editor token doing admin work',
      { authorization: 'Bearer sost_live', role: 'admin' as const },
      'forbidden',
    ],
  ])('refuses %s', (_name, overrides, code) => {
    const decision = decideStaffAccess(input(overrides));
    expect(decision).toMatchObject({ ok: false, code });
  });

  it('accepts STATUS_API_TOKEN as an admin token named after the variable', () => {
    const decision = decideStaffAccess(
      input({ authorization: 'Bearer env-admin-token', role: 'admin', origin: 'https://evil.example' }),
    );
    expect(decision).toEqual({
      ok: true,
      principal: {
        actor: { kind: 'token', id: 'env', name: 'STATUS_API_TOKEN' },
        role: 'admin',
        via: 'token',
        member: null,
      },
    });
  });

  it('accepts a console token with its own role and name (no origin check: browsers never send it by themselves)', () => {
    const decision = decideStaffAccess(
      input({ authorization: 'Bearer sost_live', origin: 'https://evil.example' }),
    );
    expect(decision).toMatchObject({
      ok: true,
      principal: { actor: { kind: 'token', id: 'tok-1', name: 'deploy pipeline' }, role: 'editor' },
    });
  });

  it('accepts a same-origin cookie write and names the member by email', () => {
    const decision = decideStaffAccess(
      input({
        sessionCookie: cookieOf(ada),
        origin: 'https://status.example.com',
        secFetchSite: 'same-origin',
        role: 'admin',
      }),
    );
    expect(decision).toMatchObject({
      ok: true,
      principal: { actor: { kind: 'staff', id: ada.id, name: 'ada@example.com' }, via: 'session' },
    });
  });

  it('lets a cookie read through from anywhere (reads change nothing)', () => {
    expect(
      decideStaffAccess(input({ method: 'GET', sessionCookie: cookieOf(eve), secFetchSite: 'cross-site' }))
        .ok,
    ).toBe(true);
  });
});
