import { describe, expect, it } from 'vitest';
import { MemoryFailureLog } from '@/lib/store/memory-failure-log';
import { SignInThrottle, accountKey, addressKey, clientAddress, throttleFor } from './throttle';

const t0 = Date.parse('2026-05-01T10:00:00Z');
const at = (minutes: number) => new Date(t0 + minutes * 60_000);
const keys = [accountKey('Ada@Example.com'), addressKey('10.0.0.1')];

describe('SignInThrottle', () => {
  it('allows five failures and refuses the sixth attempt within 15 minutes', async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 5; i++) {
      expect((await throttle.check(keys, at(i))).allowed).toBe(true);
      await throttle.recordFailure(keys, at(i));
    }
    expect(await throttle.check(keys, at(5))).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
  });

  it('says to retry when the oldest failure leaves the window, and then allows one more', async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 5; i++) await throttle.recordFailure(keys, at(i));
    expect(await throttle.check(keys, at(14.5))).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect((await throttle.check(keys, at(15))).allowed).toBe(true);
  });

  it('counts per account across addresses', async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 5; i++)
      await throttle.recordFailure([accountKey('ada@example.com'), addressKey(`10.0.0.${i}`)], at(0));
    expect(
      (await throttle.check([accountKey('ADA@example.com '), addressKey('10.9.9.9')], at(1))).allowed,
    ).toBe(false);
  });

  it('counts per address across accounts', async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 5; i++)
      await throttle.recordFailure([accountKey(`user${i}@example.com`), addressKey('10.0.0.1')], at(0));
    expect(
      (await throttle.check([accountKey('other@example.com'), addressKey('10.0.0.1')], at(1))).allowed,
    ).toBe(false);
    expect(
      (await throttle.check([accountKey('other@example.com'), addressKey('10.0.0.2')], at(1))).allowed,
    ).toBe(true);
  });

  it('forgets the account failures after a successful sign-in but not the address ones', async () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 4; i++) await throttle.recordFailure(keys, at(0));
    await throttle.reset(keys[0] ?? '');
    await throttle.recordFailure(keys, at(1));
    expect((await throttle.check([keys[0] ?? ''], at(2))).allowed).toBe(true);
    expect((await throttle.check([keys[1] ?? ''], at(2))).allowed).toBe(false);
  });
});

describe('clientAddress', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    [' 2001:db8::1 ', '2001:db8::1'],
    [null, 'unknown'],
    ['  ', 'unknown'],
  ])('%j → %s', (resolved, expected) => {
    expect(clientAddress(resolved)).toBe(expected);
  });
});

describe('throttleFor', () => {
  it("counts in the store's failure log, so throttles over one log agree", async () => {
    const log = new MemoryFailureLog();
    for (let i = 0; i < 5; i++) await throttleFor({ signInFailures: log }).recordFailure(keys, at(i));
    expect((await throttleFor({ signInFailures: log }).check(keys, at(6))).allowed).toBe(false);
    expect((await new SignInThrottle(new MemoryFailureLog()).check(keys, at(6))).allowed).toBe(true);
  });
});
