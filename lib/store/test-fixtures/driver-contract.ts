import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError, type DomainError } from '@/lib/core/errors';
import type { Actor, StoreDriver } from '@/lib/store/driver';
import { serializeExport } from '@/lib/store/store-export';
import { notificationContract } from '@/lib/store/test-fixtures/notification-contract';

/** One store of the driver under test, opened as often as a test needs (each handle as another process). */
export interface StoreHarness {
  open(): StoreDriver;
  /** Damages the stored page outside the driver, as a bad hand edit would. */
  damage(): Promise<void>;
  /** The stored page's bytes or row, read outside the driver, to prove a refused write left it alone. */
  raw(): Promise<string>;
  /** Whether handles share sign-in failures and background jobs (the database does; files count per process). */
  sharedAcrossHandles: boolean;
  cleanup(): Promise<void>;
}

const actor: Actor = { kind: 'staff', id: 'staff-1', name: 'ops@example.com' };
const now = new Date('2026-03-01T12:00:00.000Z');
const write = { now, actor };

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

const rename = (name: string) => (draft: { page: { name: string } }) => {
  draft.page.name = name;
  return name;
};

/**
 * The promises every store driver keeps, run against each driver: revisions, If-Match, validation, audit,
 * concurrent writers, damaged data, secrets, sign-in failures, background jobs, export and import.
 */
export function describeStoreDriver(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`${name} store driver`, () => {
    let harness: StoreHarness;
    const handles: StoreDriver[] = [];
    const open = () => {
      const handle = harness.open();
      handles.push(handle);
      return handle;
    };
    beforeEach(async () => {
      harness = await makeHarness();
    });
    afterEach(async () => {
      await Promise.all(handles.splice(0).map((h) => h.close()));
      await harness.cleanup();
    });

    it('creates the seed at revision 1 on first use, with one store.create audit entry', async () => {
      const store = open();
      const { doc, problem } = await store.load();
      expect(problem).toBeNull();
      expect(doc.revision).toBe(1);
      expect((await open().load()).doc).toEqual(doc);
      expect((await store.readAudit(10)).map((e) => e.action)).toEqual(['store.create']);
      expect(await store.health()).toEqual({ ok: true });
    });

    it('moves the revision forward by one per write and shows the write to another handle', async () => {
      const store = open();
      const { doc, result } = await store.update(rename('Renamed'), write);
      expect(result).toBe('Renamed');
      expect(doc.revision).toBe(2);
      expect(doc.updatedAt).toBe(now.toISOString());
      expect(Object.isFrozen(doc)).toBe(true);
      const other = (await open().load()).doc;
      expect(other.page.name).toBe('Renamed');
      expect(other.revision).toBe(2);
    });

    it('refuses a stale If-Match with conflict and writes nothing', async () => {
      const store = open();
      await store.update(rename('First'), write);
      const error = await rejection(store.update(rename('Second'), { ...write, expectedRevision: 1 }));
      expect(error.code).toBe('conflict');
      expect(error.details).toEqual({ currentRevision: 2, expectedRevision: 1 });
      expect((await open().load()).doc.page.name).toBe('First');
      await store.update(rename('Third'), { ...write, expectedRevision: 2 });
      expect((await open().load()).doc.revision).toBe(3);
    });

    it('refuses a change that breaks the schema, a throwing change and an async change, writing nothing', async () => {
      const store = open();
      await store.load();
      const invalid = await rejection(
        store.update((d) => {
          d.page.timeZone = 'Mars/Olympus';
        }, write),
      );
      expect(invalid.code).toBe('invalid_request');
      await expect(
        store.update(
          () => {
            throw new Error('boom');
          },
          { ...write, audit: () => ({ action: 'never', target: 'x' }) },
        ),
      ).rejects.toThrow('boom');
      await expect(store.update(async () => 1, write)).rejects.toThrow('synchronous');
      expect((await open().load()).doc.revision).toBe(1);
      expect((await store.readAudit(10)).map((e) => e.action)).toEqual(['store.create']);
    });

    it("writes a write's audit entries with its revision; readAudit is newest first and limited", async () => {
      const store = open();
      await store.update(rename('A'), {
        ...write,
        audit: (result) => [
          { action: 'page.rename', target: 'page', before: null, after: { name: result } },
          { action: 'page.note', target: 'page' },
        ],
      });
      const entries = await store.readAudit(10);
      expect(entries.map((e) => [e.action, e.revision])).toEqual([
        ['page.note', 2],
        ['page.rename', 2],
        ['store.create', 1],
      ]);
      expect(entries[1]).toEqual({
        at: now.toISOString(),
        actor: 'ops@example.com',
        actorKind: 'staff',
        action: 'page.rename',
        target: 'page',
        before: null,
        after: { name: 'A' },
        revision: 2,
      });
      expect(entries[0]).not.toHaveProperty('before');
      expect(await store.readAudit(1)).toHaveLength(1);
      expect(await store.readAudit(0)).toEqual([]);
    });

    it('keeps the client address a change came from, in writes and separate audit appends', async () => {
      const store = open();
      const from = { ...actor, address: '203.0.113.7' };
      await store.update(rename('From afar'), {
        ...write,
        actor: from,
        audit: () => ({ action: 'page.rename', target: 'page' }),
      });
      await store.audit([{ action: 'page.note', target: 'page' }], from, now, 2);
      const [appended, written] = await open().readAudit(2);
      expect(written).toMatchObject({ action: 'page.rename', address: '203.0.113.7' });
      expect(appended).toMatchObject({ action: 'page.note', address: '203.0.113.7' });
      expect((await store.readAudit(3))[2]).not.toHaveProperty('address');
    });

    it('loses nothing when 40 writes race through two handles: revision + 40, 40 audit entries', async () => {
      const [a, b] = [open(), open()];
      await a.load();
      const writes = Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? a : b).update(
          (draft) => {
            draft.page.description = `${draft.page.description}${i},`;
            return i;
          },
          { ...write, audit: (n) => ({ action: 'race.write', target: `n:${n}` }) },
        ),
      );
      const results = await Promise.all(writes);
      expect(new Set(results.map((r) => r.doc.revision)).size).toBe(40);
      const final = (await open().load()).doc;
      expect(final.revision).toBe(41);
      expect([...final.page.description.matchAll(/(\d+),/g)].map((m) => m[1]).sort()).toEqual(
        Array.from({ length: 40 }, (_, i) => String(i)).sort(),
      );
      const audit = await a.readAudit(100);
      expect(audit.filter((e) => e.action === 'race.write')).toHaveLength(40);
    });

    it("changes version() after another handle's write, at once after sync() and by itself within a second", async () => {
      const [reader, writer] = [open(), open()];
      await reader.load();
      const before = reader.version();
      await writer.update(rename('Seen'), write);
      const started = Date.now();
      while (reader.version() === before && Date.now() - started < 1000) {
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(reader.version()).not.toBe(before);
      const settled = reader.version();
      expect(await reader.sync()).toBe(settled);
      await writer.update(rename('Again'), write);
      expect(await reader.sync()).not.toBe(settled);
    });

    it('serves the last good page while the stored one is damaged, refuses writes and never overwrites it', async () => {
      const store = open();
      await store.update(rename('Good'), write);
      await harness.damage();
      const damaged = await harness.raw();
      const snapshot = await store.load();
      expect(snapshot.doc.page.name).toBe('Good');
      expect(snapshot.problem?.problem).toBeTruthy();
      const error = await rejection(store.update(rename('Over'), write));
      expect(error.code).toBe('store_unavailable');
      expect(await harness.raw()).toBe(damaged);
      expect((await store.health()).ok).toBe(false);
    });

    it('hands every handle the same secret, made once', async () => {
      const [a, b] = [open(), open()];
      const secret = await a.secret('session-secret');
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(await b.secret('session-secret')).toBe(secret);
      expect(await a.secret('other-secret')).not.toBe(secret);
    });

    it('keeps sign-in failures per key for the throttle', async () => {
      const [a, b] = [open(), open()];
      const t = now.getTime();
      await a.signInFailures.add(['account:x', 'address:1'], t, t + 60_000);
      await a.signInFailures.add(['account:x'], t + 1000, t + 61_000);
      const seen = await a.signInFailures.recent(['account:x', 'address:1', 'account:y'], t);
      expect(Object.fromEntries(seen)).toEqual({ 'account:x': [t, t + 1000], 'address:1': [t] });
      expect((await a.signInFailures.recent(['account:x'], t + 1)).get('account:x')).toEqual([t + 1000]);
      const fromB = await b.signInFailures.recent(['account:x'], t);
      expect(fromB.get('account:x')?.length ?? 0).toBe(harness.sharedAcrossHandles ? 2 : 0);
      await a.signInFailures.clear('account:x');
      expect(Object.fromEntries(await a.signInFailures.recent(['account:x', 'address:1'], t))).toEqual({
        'address:1': [t],
      });
    });

    it('runs a background job once per period, and once when two run it at the same moment', async () => {
      const [a, b] = [open(), open()];
      await a.load();
      let runs = 0;
      const job = async () => {
        runs++;
        await new Promise((r) => setTimeout(r, 100));
      };
      const both = await Promise.all([
        a.runJob('test-job', 60_000, now, job),
        b.runJob('test-job', 60_000, now, job),
      ]);
      expect(runs).toBe(harness.sharedAcrossHandles ? 1 : 2);
      expect(both.filter(Boolean)).toHaveLength(runs);
      expect(await a.runJob('test-job', 60_000, new Date(now.getTime() + 30_000), job)).toBe(false);
      expect(await a.runJob('test-job', 60_000, new Date(now.getTime() + 60_000), job)).toBe(true);
    });

    it('exports, imports into an empty store and exports the same bytes again', async () => {
      const source = open();
      await source.update(rename('Exported'), { ...write, audit: () => ({ action: 'x', target: 'y' }) });
      await source.secret('session-secret');
      const first = serializeExport(await source.exportAll());
      const other = await makeHarness();
      try {
        const target = other.open();
        await target.importAll(JSON.parse(first), { replace: false, now, actor });
        expect(serializeExport(await target.exportAll())).toBe(first);
        expect((await target.load()).doc.page.name).toBe('Exported');
        expect(await target.secret('session-secret')).toBe(await source.secret('session-secret'));
        await target.close();
      } finally {
        await other.cleanup();
      }
    });

    it('refuses to import over a page unless told to replace it; replacing moves the revision forward', async () => {
      const store = open();
      await store.update(rename('Current'), write);
      await store.update(rename('Current 2'), write);
      const backup = await store.exportAll();
      const older = {
        ...backup,
        document: { ...backup.document, revision: 1, page: { ...backup.document.page, name: 'Old' } },
      };
      const refused = await rejection(store.importAll(older, { replace: false, now, actor }));
      expect(refused.code).toBe('conflict');
      expect((await store.load()).doc.page.name).toBe('Current 2');
      const before = store.version();
      await store.importAll(older, { replace: true, now, actor });
      const after = (await open().load()).doc;
      expect(after.page.name).toBe('Old');
      expect(after.revision).toBe(4);
      expect((await store.readAudit(1))[0]).toMatchObject({ action: 'store.import', revision: 4 });
      expect(await store.sync()).not.toBe(before);
      await store.update(rename('After'), write);
      expect((await open().load()).doc.revision).toBe(5);
    });
  });
  notificationContract(name, makeHarness);
}
