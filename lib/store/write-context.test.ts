import { describe, expect, it } from 'vitest';
import { randomId } from '@/lib/store/write-context';

describe('randomId', () => {
  it('makes 16 URL-safe characters, different every time', () => {
    const id = randomId();
    expect(id).toMatch(/^[a-z2-7]{16}$/);
    expect(randomId()).not.toBe(id);
  });
});
