import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStore } from '@/lib/store/file-store';
import { createIncident, incidentInputSchema } from '@/lib/status/incidents';
import { CLAIM_MS } from '@/lib/notify/dispatcher';
import { Harness } from '@/lib/notify/test-support/harness';
import { startSmtpSink, type SmtpSink } from '@/lib/notify/test-support/smtp-sink';

const script = fileURLToPath(new URL('./test-support/dispatcher-process.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
let smtp: SmtpSink | null = null;
let h: Harness | null = null;
afterEach(async () => {
  await h?.cleanup();
  await smtp?.close();
});

const waitFor = async (check: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('a dispatcher killed mid-run', () => {
  it('loses no notification: after kill -9 another one sends the rest, repeating at most what was in flight', async () => {
    smtp = await startSmtpSink({ delayMs: 15 });
    h = new Harness(smtp, null, new Date());
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
    const child = spawn(process.execPath, ['--import', 'tsx', script, h.dir, smtp.url], {
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
    const store = createFileStore(h.dir);
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
});
