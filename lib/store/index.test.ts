import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  vi.stubEnv('STATUS_DATA_DIR', dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup();
});

describe('dataDir', () => {
  it('is STATUS_DATA_DIR, or ./data under the working directory when unset or blank', async () => {
    const { dataDir } = await import('@/lib/store');
    expect(dataDir({ STATUS_DATA_DIR: dir })).toBe(dir);
    expect(dataDir({})).toBe(join(process.cwd(), 'data'));
    expect(dataDir({ STATUS_DATA_DIR: '  ' })).toBe(join(process.cwd(), 'data'));
    expect(dataDir({ STATUS_DATA_DIR: 'rel/dir' })).toBe(join(process.cwd(), 'rel/dir'));
  });
});

describe('getStore', () => {
  it('is one store per process and folder, shared by separately loaded copies of the module', async () => {
    const first = await import('@/lib/store');
    const store = first.getStore();
    expect(first.getStore()).toBe(store);
    vi.resetModules();
    const second = await import('@/lib/store');
    expect(second).not.toBe(first);
    expect(second.getStore()).toBe(store);
    expect((await store.load()).doc.revision).toBe(1);
    vi.stubEnv('STATUS_DATA_DIR', join(dir, 'other'));
    expect(second.getStore()).not.toBe(store);
  });
});
