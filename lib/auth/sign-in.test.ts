import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/core/errors';
import { hashPassword } from './password';
import { GENERIC_SIGN_IN_FAILURE, authenticate } from './sign-in';
import { T0, member } from '@/lib/store/test-fixtures/write-context';
import { SignInThrottle } from './throttle';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'correct horse battery';

async function staff() {
  const passwordHash = await hashPassword(PASSWORD, FAST);
  return [
    member({ passwordHash }),
    member({ id: 'x', email: 'off@example.com', passwordHash, disabledAt: T0.toISOString() }),
  ];
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('authenticate', () => {
  it('returns the member for the right password, whatever the email case', async () => {
    const found = await authenticate(
      { email: ' ADA@example.com', password: PASSWORD, address: '1.1.1.1' },
      await staff(),
      new SignInThrottle(),
      T0,
    );
    expect(found.id).toBe('staff-admin');
  });

  it.each([
    ['a wrong password', 'ada@example.com', 'wrong password!'],
    ['an unknown email', 'nobody@example.com', PASSWORD],
    ['a disabled member', 'off@example.com', PASSWORD],
  ])('gives the same generic answer for %s', async (_name, email, password) => {
    const error = await failure(
      authenticate({ email, password, address: '1.1.1.1' }, await staff(), new SignInThrottle(), T0),
    );
    expect(error.code).toBe('unauthorized');
    expect(error.message).toBe(GENERIC_SIGN_IN_FAILURE);
  });

  it('answers the 6th attempt after 5 failures with too_many_requests and a retry time, even with the right password', async () => {
    const members = await staff();
    const throttle = new SignInThrottle();
    for (let i = 0; i < 5; i++) {
      const error = await failure(
        authenticate(
          { email: 'ada@example.com', password: 'nope', address: '1.1.1.1' },
          members,
          throttle,
          T0,
        ),
      );
      expect(error.code).toBe('unauthorized');
    }
    const sixth = await failure(
      authenticate(
        { email: 'ada@example.com', password: PASSWORD, address: '2.2.2.2' },
        members,
        throttle,
        T0,
      ),
    );
    expect(sixth.code).toBe('too_many_requests');
    expect(sixth.details).toEqual({ retryAfterSeconds: 900 });
  });
});
