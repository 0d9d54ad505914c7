import { describe, expect, it } from 'vitest';
import { loggablePath } from '@/server/logger';
import { routeClassOf } from '@/server/route-class';

describe('routeClassOf', () => {
  it.each([
    ['GET', '/', 'page'],
    ['GET', '/nb/calendar?month=2026-07', 'page'],
    ['GET', '/incidents/abc', 'page'],
    ['GET', '/embed?lang=sv', 'embed'],
    ['GET', '/api/v2/summary.json', 'api-v2'],
    ['GET', '/api/v1/calendar?from=x', 'api-read'],
    ['POST', '/api/v1/incidents', 'api-write'],
    ['POST', '/api/v1/auth/sign-in', 'auth'],
    ['GET', '/history.atom', 'feed'],
    ['GET', '/badge.svg', 'badge'],
    ['GET', '/_next/static/chunks/a.js', 'asset'],
    ['GET', '/admin/incidents', 'console'],
    ['GET', '/metrics', 'ops'],
    ['GET', '/favicon.ico', 'badge'],
    ['GET', '/nb/subscribe', 'subscription'],
    ['POST', '/subscriptions/unsubscribe/u.abc.def', 'subscription'],
    ['GET', '/subscriptions/manage/m.abc?lang=de', 'subscription'],
    ['GET', '/wp-login.php', 'other'],
  ])('%s %s → %s', (method, url, expected) => {
    expect(routeClassOf(method, url)).toBe(expected);
  });
});

describe('loggablePath', () => {
  it('replaces the values of credential-like query parameters', () => {
    expect(loggablePath('/confirm?token=abc123&lang=nb')).toBe('/confirm?token=%5Bredacted%5D&lang=nb');
    expect(loggablePath('/x?signature=s&sig=t')).not.toMatch(/=s|=t/);
    expect(loggablePath('/calendar')).toBe('/calendar');
  });

  it('replaces the token of a signed subscription link, in any language, keeping the query', () => {
    expect(loggablePath('/subscriptions/confirm/c.s1.n.zz.SIG')).toBe('/subscriptions/confirm/[redacted]');
    expect(loggablePath('/nb/subscriptions/manage/m.s1.n.zz.SIG?lang=nb')).toBe(
      '/nb/subscriptions/manage/[redacted]?lang=nb',
    );
    expect(loggablePath('/subscriptions/unsubscribe/u.s1.n.zz.SIG')).not.toContain('SIG');
  });
});
