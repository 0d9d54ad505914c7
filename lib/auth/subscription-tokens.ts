import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed links in subscription mails: confirm (single use, 48 h), manage and unsubscribe (long-lived, since mail
 * stays in inboxes). A token names its purpose, the subscription and the subscription's nonce; the store's
 * secret signs it, so nothing about the link is stored and a changed nonce voids every earlier link.
 */
export const tokenPurposes = ['confirm', 'manage', 'unsubscribe'] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];

export const CONFIRM_TOKEN_TTL_MS = 48 * 60 * 60 * 1000;
/** Unsubscribe links must keep working long after the mail was sent. */
export const LINK_TOKEN_TTL_MS = 400 * 24 * 60 * 60 * 1000;

const codes: Record<TokenPurpose, string> = { confirm: 'c', manage: 'm', unsubscribe: 'u' };
const SAFE = /^[A-Za-z0-9_-]{1,100}$/;

export interface TokenPayload {
  purpose: TokenPurpose;
  subscriberId: string;
  nonce: string;
  expiresAt: Date;
}

export type TokenCheck =
  | { ok: true; payload: TokenPayload }
  | { ok: false; reason: 'malformed' | 'forged' | 'wrong_purpose' | 'expired' };

function sign(data: string, secret: string): string {
  return createHmac('sha256', secret).update(`subscription-link.${data}`).digest('base64url').slice(0, 32);
}

export function signSubscriptionToken(payload: TokenPayload, secret: string): string {
  if (!SAFE.test(payload.subscriberId) || !SAFE.test(payload.nonce))
    throw new RangeError('subscriber ids and nonces in links must be URL-safe');
  const data = [
    codes[payload.purpose],
    payload.subscriberId,
    payload.nonce,
    Math.floor(payload.expiresAt.getTime() / 1000).toString(36),
  ].join('.');
  return `${data}.${sign(data, secret)}`;
}

/** Checks the signature in constant time before trusting anything in the token, then purpose and lifetime. */
export function verifySubscriptionToken(
  token: string,
  purpose: TokenPurpose,
  secret: string,
  now: Date,
): TokenCheck {
  const parts = token.length <= 300 ? token.split('.') : [];
  if (parts.length !== 5 || !parts.every((p) => SAFE.test(p))) return { ok: false, reason: 'malformed' };
  const [code = '', subscriberId = '', nonce = '', exp = '', signature = ''] = parts;
  const expected = Buffer.from(sign(parts.slice(0, 4).join('.'), secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' };
  const found = tokenPurposes.find((p) => codes[p] === code);
  if (found !== purpose) return { ok: false, reason: 'wrong_purpose' };
  const expiresAt = new Date(parseInt(exp, 36) * 1000);
  if (!(expiresAt.getTime() > now.getTime())) return { ok: false, reason: 'expired' };
  return { ok: true, payload: { purpose, subscriberId, nonce, expiresAt } };
}

/** The secret a webhook receiver verifies signatures with: derived, never stored, shown to staff once. */
export function webhookSecret(serverSecret: string, subscriberId: string, nonce: string): string {
  const mac = createHmac('sha256', serverSecret).update(`webhook-secret.${subscriberId}.${nonce}`);
  return `whsec_${mac.digest('base64url')}`;
}

/** `X-Status-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. */
export function webhookSignature(secret: string, unixSeconds: number, body: string | Buffer): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.`).update(body).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
