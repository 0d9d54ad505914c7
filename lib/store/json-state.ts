import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { isErrno, writeFileAtomic } from '@/lib/store/atomic-write';
import { parseLine } from '@/lib/store/journal';

/** A small JSON file replaced atomically (leases, rate limits, the outbox cursor); `fallback` when missing or bad. */
export function readJsonState<T>(path: string, schema: z.ZodType<T>, fallback: () => T): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return fallback();
    throw error;
  }
  const parsed = schema.safeParse(parseLine(text));
  return parsed.success ? parsed.data : fallback();
}

export function writeJsonState(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value)}\n`, { syncDir: false });
}
