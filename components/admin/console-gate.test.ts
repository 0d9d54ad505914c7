import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The console layout shows nothing to signed-out visitors, but the gate itself is in every page: prove none forgot it. */
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === 'page.tsx' ? [path] : [];
  });
}

describe('console pages', () => {
  const files = pages(join(process.cwd(), 'app/admin/(console)'));

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s calls requireStaffPage() before reading anything', (file) => {
    const source = readFileSync(file, 'utf8');
    const gate = source.indexOf('await requireStaffPage(');
    expect(gate).toBeGreaterThan(-1);
    const firstRead = source.search(/getStore\(\)/);
    if (firstRead > -1) expect(firstRead).toBeGreaterThan(gate);
  });
});
