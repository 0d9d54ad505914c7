import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreDriver } from '@/lib/store/driver';
import { createFileStore } from '@/lib/store/file-store';
import { PgStore } from '@/lib/store/postgres/pg-store';
import { freshDatabase, testSettings } from '@/lib/store/test-fixtures/postgres';
import { createIncident, incidentInputSchema } from '@/lib/status/incidents';
import { CLAIM_MS } from '@/lib/notify/dispatcher';
import { Harness } from '@/lib/notify/test-support/harness';
import { startSmtpSink, type SmtpSink } from '@/lib/notify/test-support/smtp-sink';

const script = fileURLToPath(new URL('./test-support/dispatcher-process.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
let smtp: SmtpSink | null = null;
let h: Harness | null = null;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await h?.cleanup();
  await smtp?.close();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Where the killed process and the one after it keep the store: a folder, or a PostgreSQL database. */
const drivers = {
  file: async () => null,
  postgres: async () => {
    const { url, drop } = await freshDatabase();
    cleanups.push(drop);
    const open = (): StoreDriver => {
      const store = new PgStore(testSettings(url));
      cleanups.push(() => store.close());
      return store;
    };
    return { where: url, open };
  },
};

const waitFor = async (check: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.each(Object.keys(drivers) as (keyof typeof drivers)[])(
  'a dispatcher killed mid-run (%s)',
  (name) => {
    it('loses no notification: after kill -9 another one sends the rest, repeating at most what was in flight', async () => {
      smtp = await startSmtpSink({ delayMs: 15 });
      const pg = await drivers[name]();
      h = new Harness(smtp, null, new Date(), pg?.open());
      const count = 60;
      for (let i = 0; i < count; i++) await h.addEmail(`user${i}@example.com`);
      await h.write((draft, ctx) =>
        createIncident(
          draft,
          incidentInputSchema.parse({
            name: 'Outage',
            status: 'investigating',
            impact: 'major',
            body: 'Down.',
          }),
          ctx,
        ),
      );
      const child = spawn(process.execPath, ['--import', 'tsx', script, pg?.where ?? h.dir, smtp.url], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await waitFor(() => (smtp?.received.length ?? 0) >= 15, 30_000);
      child.kill('SIGKILL');
      await exited;
      const beforeKill = smtp.received.length;
      expect(beforeKill).toBeLessThan(count);

      // Another process starts later: its clock is past the dead one's claims, and its lease has run out.
      const store = pg ? pg.open() : createFileStore(h.dir);
      h.now = new Date(Date.now() + CLAIM_MS + 1_000);
      await h.drain(h.dispatcher({ store }), 200);
      const addresses = smtp.received.map((m) => m.to);
      expect(new Set(addresses).size).toBe(count);
      // Only what the killed process had claimed but not recorded may arrive twice: at most one batch.
      expect(addresses.length - count).toBeLessThanOrEqual(10);
      expect(await store.notifications.countDeliveries()).toMatchObject({
        sent: count,
        queued: 0,
        sending: 0,
        retrying: 0,
      });
    });
  },
);
