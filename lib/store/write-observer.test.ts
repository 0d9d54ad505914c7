import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStore } from '@/lib/store/file-store';
import { observeStoreWrites, observedStore, type StoreWriteEvent } from '@/lib/store/write-observer';

const actor = { kind: 'system' as const, id: 'test', name: 'test' };

describe('observedStore', () => {
  it('reports every write with its duration, driver, operation and outcome, and reads through unchanged', async () => {
    const store = observedStore(createFileStore(mkdtempSync(join(tmpdir(), 'observed-'))), 'file');
    const events: StoreWriteEvent[] = [];
    const stop = observeStoreWrites((e) => events.push(e));
    try {
      const before = (await store.load()).doc.revision;
      await store.update((draft) => (draft.page.name = 'Renamed'), { now: new Date(), actor });
      await expect(
        store.update(() => undefined, { now: new Date(), actor, expectedRevision: before }),
      ).rejects.toThrow();
      await store.audit([{ action: 'test.audit', target: 'page' }], actor, new Date(), before + 1);
      expect(events.map((e) => [e.operation, e.outcome])).toEqual([
        ['update', 'ok'],
        ['update', 'rejected'],
        ['audit', 'ok'],
      ]);
      expect(events.every((e) => e.seconds >= 0 && e.driver === 'file')).toBe(true);
      expect((await store.load()).doc.revision).toBe(before + 1);
      expect(store.version()).not.toBe('missing');
    } finally {
      stop();
    }
  });

  it('times subscriber changes through the notification store, and its reads pass through', async () => {
    const store = observedStore(createFileStore(mkdtempSync(join(tmpdir(), 'observed-'))), 'file');
    const events: StoreWriteEvent[] = [];
    const stop = observeStoreWrites((e) => events.push(e));
    try {
      await store.notifications.modifySubscriber({ id: 'nobody' }, () => undefined);
      expect(events.map((e) => [e.operation, e.outcome])).toEqual([['subscriber', 'ok']]);
      expect((await store.notifications.countDeliveries()).queued).toBe(0);
    } finally {
      stop();
    }
  });
});
