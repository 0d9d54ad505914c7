import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  signSubscriptionToken,
  verifySubscriptionToken,
  webhookSecret,
  webhookSignature,
} from '@/lib/auth/subscription-tokens';

const secret = 'a-server-secret-that-is-long-enough-0123456789';
const now = new Date('2026-06-01T12:00:00Z');
const payload = {
  purpose: 'confirm' as const,
  subscriberId: 'sub123',
  nonce: 'nonce456abc',
  expiresAt: new Date(now.getTime() + 48 * 3_600_000),
};

describe('verifySubscriptionToken', () => {
  const token = signSubscriptionToken(payload, secret);

  it('accepts its own token and gives back what it says', () => {
    expect(verifySubscriptionToken(token, 'confirm', secret, now)).toEqual({ ok: true, payload });
  });

  it.each([
    ['another secret', () => verifySubscriptionToken(token, 'confirm', `${secret}x`, now), 'forged'],
    [
      'a changed subscriber',
      () => verifySubscriptionToken(token.replace('sub123', 'sub124'), 'confirm', secret, now),
      'forged',
    ],
    [
      'a later expiry',
      () =>
        verifySubscriptionToken(
          token.replace(/\.([a-z0-9]+)\.([^.]+)$/, '.zzzzzz.$2'),
          'confirm',
          secret,
          now,
        ),
      'forged',
    ],
    ['another purpose', () => verifySubscriptionToken(token, 'unsubscribe', secret, now), 'wrong_purpose'],
    [
      'a passed expiry',
      () => verifySubscriptionToken(token, 'confirm', secret, payload.expiresAt),
      'expired',
    ],
    ['garbage', () => verifySubscriptionToken('not-a-token', 'confirm', secret, now), 'malformed'],
    [
      'a header injection',
      () => verifySubscriptionToken(`${token}\r\nBcc: x@example.com`, 'confirm', secret, now),
      'malformed',
    ],
    [
      'a very long value',
      () => verifySubscriptionToken('a.'.repeat(500), 'confirm', secret, now),
      'malformed',
    ],
  ])('refuses a token with %s', (_name, check, reason) => {
    expect(check()).toEqual({ ok: false, reason });
  });
});

describe('webhookSignature', () => {
  it('is HMAC-SHA256 of "t.body" in hex, as a receiver computes it', () => {
    const body = '{"x":1}';
    const expected = createHmac('sha256', 'whsec_k').update(`1700000000.${body}`).digest('hex');
    expect(webhookSignature('whsec_k', 1_700_000_000, body)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('derives a stable secret per subscription and nonce', () => {
    expect(webhookSecret(secret, 's1', 'n1')).toBe(webhookSecret(secret, 's1', 'n1'));
    expect(webhookSecret(secret, 's1', 'n2')).not.toBe(webhookSecret(secret, 's1', 'n1'));
    expect(webhookSecret(secret, 's1', 'n1')).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});
