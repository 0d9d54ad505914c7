import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateSecret } from '@/lib/store/secret-file';

describe('readOrCreateSecret', () => {
  it('creates a long random secret readable by the owner only, and returns the same one afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secret-'));
    const first = readOrCreateSecret(dir, 'session-secret');
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecret(dir, 'session-secret')).toBe(first);
    expect(readOrCreateSecret(mkdtempSync(join(tmpdir(), 'secret-')), 'session-secret')).not.toBe(first);
  });
});
