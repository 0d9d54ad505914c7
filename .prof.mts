import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStore } from '@/lib/store/file-store';
import { notifyConfig } from '@/lib/notify/config';
import { Dispatcher } from '@/lib/notify/dispatcher';
import { smtpTransport } from '@/lib/notify/mail-transport';
import { createIncident, incidentInputSchema } from '@/lib/status/incidents';
import { startSmtpSink } from '@/lib/notify/test-support/smtp-sink';

const sink = await startSmtpSink({ port: 4188 });
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const store = createFileStore(dir);
const t0 = performance.now();
for (let i = 0; i < 10000; i++) {
  const id = `s${i}`;
  await store.notifications.modifySubscriber({ id }, () => ({ id, type: 'email', email: `u${i}@example.com`, url: null, format: 'statuspage', components: [], lang: (['en','nb','de'] as const)[i%3]!, timeZone: 'Europe/Oslo', state: 'confirmed', nonce: `nonce${id}xx`, confirmNonce: null, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), confirmedAt: new Date(Date.now()-1000).toISOString(), createdBy: '', health: { consecutiveFailures: 0, failingSince: null, lastAttemptAt: null, lastSuccessAt: null, lastError: null, disabledAt: null, disabledReason: null } }));
}
console.log('seed ms', Math.round(performance.now() - t0));
const actor = { kind: 'system', id: 's', name: 's' } as const;
await store.update((d) => { createIncident(d, incidentInputSchema.parse({ name: 'X', status: 'investigating', impact: 'minor', body: 'Y' }), { now: new Date(), actor }); }, { now: new Date(), actor });
const d = new Dispatcher({ store, config: notifyConfig({ STATUS_SMTP_URL: 'smtp://127.0.0.1:4188' }), transport: smtpTransport('smtp://127.0.0.1:4188'), log: () => {} });
const c0 = process.cpuUsage(); const w0 = performance.now();
for (let i = 0; i < 200; i++) if ((await d.tick()) !== 'worked') break;
const c = process.cpuUsage(c0);
console.log('sent', sink.received.length, 'wall', Math.round(performance.now() - w0), 'cpu ms (incl sink)', Math.round((c.user + c.system) / 1000));
process.exit(0);
