/**
 * A separate writer process for the crash and concurrency tests.
 * Usage: writer.ts <dir> <mode: counter|append> <count|Infinity> <label>
 * `counter` keeps a number in page.description; `append` adds one uniquely noted occurrence override per update.
 * Prints `ready`, waits for a line on stdin when started with WAIT_FOR_GO=1, then prints each new revision.
 */
import { createFileStore } from '@/lib/store/file-store';
import type { StoreDocument } from '@/lib/store/schema';

const at = new Date('2026-01-01T00:00:00.000Z');

function change(mode: string, label: string, i: number): (draft: StoreDocument) => void {
  if (mode === 'counter') {
    return (draft) => {
      draft.page.description = String((Number(draft.page.description) || 0) + 1);
    };
  }
  return (draft) => {
    draft.occurrenceOverrides.push({
      ruleId: 'server-recycle',
      start: at.toISOString(),
      cancelled: false,
      note: `${label}-${i}`,
      createdAt: at.toISOString(),
      createdBy: label,
    });
  };
}

async function waitForGo(): Promise<void> {
  if (process.env.WAIT_FOR_GO !== '1') return;
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.pause();
}

async function main(): Promise<void> {
  const [dir = '', mode = 'counter', countText = 'Infinity', label = 'w'] = process.argv.slice(2);
  const store = createFileStore(dir, { lockTimeoutMs: 30_000 });
  const count = Number(countText);
  process.stdout.write('ready\n');
  await waitForGo();
  const actor = { kind: 'cli', id: label, name: label } as const;
  for (let i = 0; i < count; i++) {
    const { doc } = await store.update(change(mode, label, i), {
      now: at,
      actor,
      audit: () => ({ action: 'test.write', target: label, after: i }),
    });
    process.stdout.write(`${doc.revision}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
