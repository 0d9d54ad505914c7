import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import { NOTICE_MS, assertNotice, earliestAllowedStart } from './notice';

const now = new Date('2026-03-10T12:00:00.000Z');
const after = (ms: number) => new Date(now.getTime() + ms);
const minutes = (n: number) => n * 60_000;

function caught(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('NOTICE_MS', () => {
  it('is 24 hours of elapsed time', () => {
    expect(NOTICE_MS).toBe(86_400_000);
  });
});

describe('earliestAllowedStart', () => {
  it('is now plus 86,400,000 ms, even across the spring-forward night', () => {
    expect(earliestAllowedStart(now).toISOString()).toBe('2026-03-11T12:00:00.000Z');
    // Saturday 12:00 CET → Sunday 13:00 CEST on the wall clock: still 24 h of real time.
    expect(earliestAllowedStart(new Date('2026-03-28T11:00:00.000Z')).toISOString()).toBe(
      '2026-03-29T11:00:00.000Z',
    );
  });
});

describe('assertNotice', () => {
  it.each([
    ['24 h 01 m', minutes(24 * 60 + 1)],
    ['exactly 86,400,000 ms', NOTICE_MS],
    ['a week', 7 * NOTICE_MS],
  ])('accepts a window that starts in %s', (_label, ms) => {
    expect(() => assertNotice(after(ms), now)).not.toThrow();
  });

  it.each([
    ['23 h 59 m', minutes(23 * 60 + 59)],
    ['86,399,999 ms', NOTICE_MS - 1],
    ['1 minute', minutes(1)],
    ['the past', -minutes(60)],
  ])('refuses a window that starts in %s with insufficient_notice and the earliest start', (_label, ms) => {
    const error = caught(() => assertNotice(after(ms), now));
    expect(error.code).toBe('insufficient_notice');
    expect(error.details).toEqual({ earliestStart: '2026-03-11T12:00:00Z' });
    expect(error.message).toMatch(/24 hours/);
  });

  it('does not let the spring-forward night shorten the notice: 24 wall-clock hours are 23 real ones', () => {
    const saturdayNoon = new Date('2026-03-28T11:00:00.000Z'); // 12:00 CET
    const sundayNoon = new Date('2026-03-29T10:00:00.000Z'); // 12:00 CEST, 23 h later
    expect(caught(() => assertNotice(sundayNoon, saturdayNoon)).code).toBe('insufficient_notice');
  });

  it('accepts a short-notice emergency with a written reason', () => {
    expect(() =>
      assertNotice(after(minutes(30)), now, { reason: 'Critical security fix for CVE-2026-0001' }),
    ).not.toThrow();
  });

  it.each([[''], ['   '], ['\n\t']])(
    'refuses an emergency whose reason is blank (%j) as invalid_request naming emergency.reason',
    (reason) => {
      const error = caught(() => assertNotice(after(minutes(30)), now, { reason }));
      expect(error.code).toBe('invalid_request');
      expect(JSON.stringify(error.details)).toContain('emergency.reason');
    },
  );

  it('treats a null emergency as no emergency', () => {
    expect(caught(() => assertNotice(after(minutes(30)), now, null)).code).toBe('insufficient_notice');
  });
});
