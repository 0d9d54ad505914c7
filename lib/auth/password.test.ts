import { describe, expect, it } from 'vitest';
import { burnPasswordCheck, hashPassword, passwordProblem, verifyPassword } from './password';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('hashPassword', () => {
  it('never stores the password and salts every hash', async () => {
    const a = await hashPassword('correct horse battery', FAST);
    const b = await hashPassword('correct horse battery', FAST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toContain('correct');
    expect(a).not.toBe(b);
  });

  it('uses N = 2^15 by default', async () => {
    expect(await hashPassword('x'.repeat(12))).toMatch(/^scrypt\$32768\$8\$1\$/);
  });
});

describe('verifyPassword', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery', FAST);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('treats canonically equal Unicode spellings as the same password', async () => {
    const hash = await hashPassword('blåbærsyltetøy', FAST);
    expect(await verifyPassword('bla\u030Abærsyltetøy', hash)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['cut short', 'scrypt$1024$8$1$c2FsdA'],
    ['absurd cost', 'scrypt$1073741824$8$1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('never matches a malformed stored hash (%s)', async (_name, stored) => {
    expect(await verifyPassword('anything at all', stored)).toBe(false);
  });
});

describe('burnPasswordCheck', () => {
  it('always fails', async () => {
    expect(await burnPasswordCheck('whatever')).toBe(false);
  });
});

describe('passwordProblem', () => {
  it.each([
    ['short', 'elevenchars', /at least 12/],
    ['blank', ' '.repeat(12), /spaces/],
    ['too long', 'x'.repeat(1025), /at most/],
  ])('refuses a %s password', (_name, password, problem) => {
    expect(passwordProblem(password)).toMatch(problem);
  });

  it('accepts a 12-character password', () => {
    expect(passwordProblem('twelve chars')).toBeNull();
  });
});
