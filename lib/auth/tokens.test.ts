import { describe, expect, it } from 'vitest';
import type { ApiToken } from '@/lib/store/schema';
import {
  TOKEN_PREFIX,
  bearerToken,
  constantTimeEqual,
  findApiToken,
  generateApiToken,
  hashApiToken,
} from './tokens';

function token(id: string, secret: string, revokedAt: string | null = null): ApiToken {
  return {
    id,
    name: id,
    hash: hashApiToken(secret),
    role: 'editor',
    createdBy: 'a@b.c',
    createdAt: '2026-01-01T00:00:00.000Z',
    revokedAt,
  };
}

describe('generateApiToken', () => {
  it('makes a prefixed 256-bit secret and stores only its hash', () => {
    const { secret, hash } = generateApiToken();
    expect(secret.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(secret.length).toBeGreaterThanOrEqual(TOKEN_PREFIX.length + 43);
    expect(hash).toBe(hashApiToken(secret));
    expect(hash).not.toContain(secret.slice(TOKEN_PREFIX.length));
    expect(generateApiToken().secret).not.toBe(secret);
  });
});

describe('findApiToken', () => {
  const tokens = [token('a', 'secret-a'), token('b', 'secret-b', '2026-02-01T00:00:00.000Z')];

  it('finds the active token with that secret', () => {
    expect(findApiToken(tokens, 'secret-a')?.id).toBe('a');
  });

  it('never matches a revoked token or an unknown secret', () => {
    expect(findApiToken(tokens, 'secret-b')).toBeNull();
    expect(findApiToken(tokens, 'secret-c')).toBeNull();
    expect(findApiToken(tokens, '')).toBeNull();
  });
});

describe('constantTimeEqual', () => {
  it('compares strings of any length', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', 'x')).toBe(false);
  });
});

describe('bearerToken', () => {
  it.each([
    [null, null],
    ['', null],
    ['Bearer abc', 'abc'],
    ['bearer   abc  ', 'abc'],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer', null],
    ['Bearer a b', null],
  ])('%j → %j', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
