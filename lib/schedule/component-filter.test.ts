import { describe, expect, it } from 'vitest';
import { touchesComponents } from '@/lib/schedule/component-filter';

describe('touchesComponents', () => {
  it.each([
    [[], [], true],
    [['api'], [], true],
    [[], ['api'], true],
    [['api', 'login'], ['login'], true],
    [['api'], ['login'], false],
  ])('%j for a reader following %j: %s', (ids, wanted, expected) => {
    expect(touchesComponents(ids, wanted)).toBe(expected);
  });
});
