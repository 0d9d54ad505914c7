import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { isDomainError } from '@/lib/core/errors';
import { migrations } from '@/lib/store/postgres/migrations';
import { PgStore } from '@/lib/store/postgres/pg-store';
import { transaction } from '@/lib/store/postgres/pg-sql';
import { pgStoresPerTest, sql, staffWrite } from '@/lib/store/test-fixtures/postgres';

const write = staffWrite;
const { database, open } = pgStoresPerTest((settings) => new PgStore(settings));

describe('migrations', () => {
  it('are applied once, in order, when four instances start together on an empty database', async () => {
    const url = await database();
    const starting = Array.from({ length: 4 }, () => open(url).load());
    const loaded = await Promise.all(starting);
    expect(new Set(loaded.map((s) => s.doc.revision))).toEqual(new Set([1]));
    const applied = await sql<{ id: number }>(url, 'SELECT id FROM status_migrations ORDER BY id');
    expect(applied.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
    const created = await sql(url, "SELECT 1 FROM status_audit WHERE action = 'store.create'");
    expect(created).toHaveLength(1);
  });

  it('refuse to run on a database migrated by a newer version', async () => {
    const url = await database();
    await open(url).load();
    await sql(url, "INSERT INTO status_migrations (id, name) VALUES (999, 'from the future')");
    await expect(open(url).load()).rejects.toThrow(/newer version of the status page \(step 999/);
  });
});

describe('the document row', () => {
  it('refuses a hand edit that would move the revision backwards', async () => {
    const url = await database();
    const store = open(url);
    await store.update((d) => void (d.page.name = 'Two'), write);
    await expect(sql(url, 'UPDATE status_document SET revision = 1')).rejects.toThrow(/only moves forward/);
  });

  it('answers text it cannot hold (U+0000, a lone surrogate) with a 400, writes nothing and stays usable', async () => {
    // The HTTP edge refuses U+0000 first (lib/http/request-body.ts); this is the driver's own net beneath it.
    const url = await database();
    const store = open(url);
    const { doc } = await store.load();
    const refused = await store
      .update((d) => void (d.page.name = 'Nul\0page'), {
        ...write,
        audit: () => ({ action: 'page.update', target: 'page', after: { name: 'Nul\0page' } }),
      })
      .catch((e: unknown) => e);
    expect(isDomainError(refused) && refused.code).toBe('invalid_request');
    const audit = await store
      .audit([{ action: 'a', target: 't\0' }], write.actor, new Date(), doc.revision)
      .catch((e: unknown) => e);
    expect(isDomainError(audit) && audit.code).toBe('invalid_request');
    const surrogate = await store
      .audit(
        [{ action: 'a', target: 't', after: { name: 'x\ud800' } }],
        write.actor,
        new Date(),
        doc.revision,
      )
      .catch((e: unknown) => e);
    expect(isDomainError(surrogate) && surrogate.code).toBe('invalid_request');
    await store.update((d) => void (d.page.name = 'Still writable'), write);
    const reopened = await open(url).load();
    expect(reopened.doc).toMatchObject({ revision: doc.revision + 1, page: { name: 'Still writable' } });
  });

  it('keeps audit values as they were: null stays null, absent stays absent', async () => {
    const url = await database();
    const store = open(url);
    await store.update(() => 1, {
      ...write,
      audit: () => [
        { action: 'a', target: 't', before: null },
        { action: 'b', target: 't', after: { nested: [1, 'x', null] } },
      ],
    });
    const [b, a] = await store.readAudit(2);
    expect(a).toEqual({ ...a, before: null });
    expect(a).not.toHaveProperty('after');
    expect(b?.after).toEqual({ nested: [1, 'x', null] });
  });
});

describe('writes that queue in one process', () => {
  it('commit together, each with its own revision, answer and audit entry; a refused one leaves the rest', async () => {
    const url = await database();
    const store = open(url);
    await store.load();
    const writes = Array.from({ length: 30 }, (_, i) =>
      store.update(
        (d) => {
          if (i === 7) throw new Error('refused by its verb');
          d.page.name = `Write ${i}`;
          return i;
        },
        {
          ...write,
          expectedRevision: i === 12 ? 1 : undefined,
          audit: () => ({ action: 'w', target: `${i}` }),
        },
      ),
    );
    const settled = await Promise.allSettled(writes);
    const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [i] : []));
    expect(failed).toEqual([7, 12]);
    const answers = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    // In the order they came, one revision each, each answered with the page as its own write left it.
    expect(answers.map((a) => a.doc.revision)).toEqual(answers.map((_, k) => 2 + k));
    expect(answers.map((a) => a.doc.page.name)).toEqual(answers.map((a) => `Write ${a.result}`));
    const audit = await store.readAudit(100);
    expect(audit.filter((e) => e.action === 'w').map((e) => [e.target, e.revision])).toEqual(
      answers.map((a) => [`${a.result}`, a.doc.revision]).reverse(),
    );
    const [row] = await sql<{ revision: string; name: string }>(
      url,
      "SELECT revision, body->'page'->>'name' AS name FROM status_document",
    );
    expect(row).toEqual({ revision: '29', name: 'Write 29' });
    // Fewer transactions than writes: the queue was written in batches.
    const [stats] = await sql<{ commits: string }>(
      url,
      "SELECT count(DISTINCT xmin::text)::text AS commits FROM status_audit WHERE action = 'w'",
    );
    expect(Number(stats?.commits)).toBeLessThan(answers.length);
  });

  it('fail together when the server ends the connection between two statements, and the process lives on', async () => {
    const url = await database();
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const error: unknown = await transaction(pool, async (client) => {
        const [own] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
        await sql(url, 'SELECT pg_terminate_backend($1)', [own?.pid]);
        // The server's goodbye arrives while no statement runs: heard by nobody but the transaction.
        await new Promise((r) => setTimeout(r, 300));
        await client.query('SELECT 1');
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      // The broken connection was not handed back: the pool works.
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });
});

describe('reads in one process', () => {
  it('share one query when they come at the same moment, and see the write that was committing', async () => {
    const url = await database();
    const store = open(url);
    await store.load();
    const queries = vi.spyOn(PgStore.prototype as unknown as { loadNow: () => Promise<unknown> }, 'loadNow');
    try {
      const writing = store.update((d) => void (d.page.name = 'Committing'), write);
      const reads = await Promise.all(Array.from({ length: 10 }, () => store.load()));
      expect(queries).toHaveBeenCalledTimes(1);
      expect(new Set(reads.map((r) => r.doc.revision))).toEqual(new Set([(await writing).doc.revision]));
      expect(reads[0]?.doc.page.name).toBe('Committing');
    } finally {
      queries.mockRestore();
    }
  });
});

describe('learning of writes by other instances', () => {
  it('hears a write through LISTEN/NOTIFY within a second without the periodic check', async () => {
    const url = await database();
    const reader = open(url, { pollMs: 60_000 });
    await reader.load();
    const before = reader.version();
    await new Promise((r) => setTimeout(r, 300)); // the listener connects
    const started = Date.now();
    await open(url).update((d) => void (d.page.name = 'Heard'), write);
    while (reader.version() === before && Date.now() - started < 1000)
      await new Promise((r) => setTimeout(r, 5));
    expect(reader.version()).not.toBe(before);
  });

  it('still learns of a write within a second when its listening connection was killed', async () => {
    const url = await database();
    const reader = open(url, { pollMs: 200 });
    await reader.load();
    reader.version();
    await new Promise((r) => setTimeout(r, 300));
    await sql(
      url,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'superoffice-status listener'",
    );
    const before = reader.version();
    await open(url).update((d) => void (d.page.name = 'Polled'), write);
    const started = Date.now();
    while (reader.version() === before && Date.now() - started < 1000)
      await new Promise((r) => setTimeout(r, 5));
    expect(reader.version()).not.toBe(before);
  });
});

describe('a database that cannot be reached', () => {
  it('answers writes with a 503 that names the database and reads with nothing', async () => {
    const store = open('postgres://postgres@127.0.0.1:1/nowhere', { connectTimeoutMs: 500 });
    const error: unknown = await store.update(() => 1, write).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('store_unavailable');
    expect(String((error as Error).message)).toMatch(
      /postgresql:\/\/127\.0\.0\.1:1\/nowhere does not answer/,
    );
    expect(String((error as Error).message)).not.toMatch(/postgres@/);
    await expect(store.load()).rejects.toThrow(/does not answer/);
    expect(await store.health()).toMatchObject({ ok: false });
  });
});
