import { DomainError } from '@/lib/core/errors';
import type { StaffMember } from '@/lib/store/schema';
import { burnPasswordCheck, verifyPassword } from './password';
import { findStaffByEmail } from './staff';
import { accountKey, addressKey, type SignInThrottle } from './throttle';

/** One message for every failure, so the answer never tells whether an email belongs to a member. */
export const GENERIC_SIGN_IN_FAILURE = 'The email address or password is not correct.';

export interface SignInAttempt {
  email: string;
  password: string;
  address: string;
}

/**
 * Checks the throttle first (the 6th try within 15 minutes is refused without looking at the password),
 * then the password; unknown and disabled accounts cost the same work as a wrong password.
 */
export async function authenticate(
  attempt: SignInAttempt,
  staff: readonly StaffMember[],
  throttle: SignInThrottle,
  now: Date,
): Promise<StaffMember> {
  const keys = [accountKey(attempt.email), addressKey(attempt.address)];
  const decision = await throttle.check(keys, now);
  if (!decision.allowed) {
    const minutes = Math.ceil(decision.retryAfterSeconds / 60);
    throw new DomainError(
      'too_many_requests',
      `Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      { retryAfterSeconds: decision.retryAfterSeconds },
    );
  }
  const member = findStaffByEmail(staff, attempt.email);
  const ok =
    member && member.disabledAt === null
      ? await verifyPassword(attempt.password, member.passwordHash)
      : await burnPasswordCheck(attempt.password);
  if (!ok || !member) {
    await throttle.recordFailure(keys, now);
    throw new DomainError('unauthorized', GENERIC_SIGN_IN_FAILURE);
  }
  await throttle.reset(keys[0] ?? '');
  return member;
}
