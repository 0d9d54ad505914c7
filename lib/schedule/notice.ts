/** The 24-hour publication rule: elapsed milliseconds, so a DST weekend can never shorten the notice. */
import { DomainError } from '@/lib/core/errors';
import { formatUtcIso } from './zone';

/** 24 hours of notice, as elapsed time. */
export const NOTICE_MS = 86_400_000;

/** The earliest start a maintenance posted at `now` may have without an emergency reason. */
export function earliestAllowedStart(now: Date): Date {
  return new Date(now.getTime() + NOTICE_MS);
}

/** Whether something starting at `start` was announced at least 24 h ahead, at `announcedAt`. */
export function hasNotice(start: Date, announcedAt: Date): boolean {
  return start.getTime() - announcedAt.getTime() >= NOTICE_MS;
}

/**
 * Refuses a maintenance that starts less than 24 h after `now` unless it is an emergency with a written reason.
 * An emergency without a reason is a malformed request, whatever its start.
 */
export function assertNotice(start: Date, now: Date, emergency?: { reason: string } | null): void {
  if (emergency) {
    if (typeof emergency.reason !== 'string' || emergency.reason.trim() === '') {
      throw new DomainError('invalid_request', 'An emergency maintenance needs a written reason.', {
        field: 'emergency.reason',
        issues: [{ path: 'emergency.reason', message: 'must not be empty' }],
      });
    }
    return;
  }
  if (!hasNotice(start, now)) {
    const earliestStart = formatUtcIso(earliestAllowedStart(now));
    throw new DomainError(
      'insufficient_notice',
      `Scheduled maintenance must be announced at least 24 hours ahead: start it at ${earliestStart} or later, or mark it as an emergency with a reason.`,
      { earliestStart },
    );
  }
}
