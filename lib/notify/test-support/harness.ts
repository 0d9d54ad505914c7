import { createFileStore } from '@/lib/store/file-store';
import type { Actor, StoreDriver } from '@/lib/store/driver';
import type { Subscriber } from '@/lib/store/notification-schema';
import type { StoreDocument } from '@/lib/store/schema';
import { makeTempDir } from '@/lib/store/test-fixtures/temp-dir';
import type { WriteContext } from '@/lib/store/write-context';
import { notifyConfig, type NotifyConfig } from '@/lib/notify/config';
import { Dispatcher } from '@/lib/notify/dispatcher';
import { smtpTransport, type MailTransport } from '@/lib/notify/mail-transport';
import { createStaffSubscription } from '@/lib/notify/staff-subscriptions';
import type { SmtpSink } from '@/lib/notify/test-support/smtp-sink';
import type { WebhookReceiver } from '@/lib/notify/test-support/webhook-receiver';

export const STAFF: Actor = { kind: 'staff', id: 'staff-1', name: 'ada@example.com' };

/** A store in a temporary folder, a clock the test moves, and dispatchers wired to real local receivers. */
export class Harness {
  readonly dir: string;
  readonly store: StoreDriver;
  readonly config: NotifyConfig;
  now: Date;
  private readonly cleanups: (() => Promise<void> | void)[] = [];
  private ids = 0;

  constructor(
    readonly smtp: SmtpSink,
    readonly receiver: WebhookReceiver | null,
    now = new Date('2026-06-01T12:00:00.000Z'),
    /** Another store than the JSON files of the temporary folder (PostgreSQL). */
    store?: StoreDriver,
  ) {
    const temp = makeTempDir();
    this.dir = temp.dir;
    this.cleanups.push(temp.cleanup);
    this.store = store ?? createFileStore(this.dir);
    this.now = now;
    this.config = notifyConfig({
      STATUS_PUBLIC_URL: 'https://status.example.com',
      STATUS_SMTP_URL: smtp.url,
      STATUS_MAIL_FROM: 'SuperOffice Status <status@example.com>',
      STATUS_WEBHOOK_ALLOW_HTTP: '1',
      STATUS_WEBHOOK_ALLOWED_HOSTS: receiver ? `127.0.0.1:${receiver.port}` : '',
    });
  }

  clock = () => new Date(this.now);

  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  dispatcher(
    options: { store?: StoreDriver; transport?: MailTransport; batchSize?: number } = {},
  ): Dispatcher {
    const transport = options.transport ?? smtpTransport(this.smtp.url, 2);
    const dispatcher = new Dispatcher({
      store: options.store ?? this.store,
      config: this.config,
      transport,
      clock: this.clock,
      webhook: { timeoutMs: 1_000 },
      batchSize: options.batchSize,
      log: () => undefined,
    });
    this.cleanups.push(() => transport.close());
    return dispatcher;
  }

  /** Runs rounds until one finds nothing to do. */
  async drain(dispatcher: Dispatcher, maxRounds = 50): Promise<void> {
    for (let i = 0; i < maxRounds; i++) if ((await dispatcher.tick()) !== 'worked') return;
    throw new Error('the dispatcher kept working');
  }

  async write<T>(verb: (draft: StoreDocument, ctx: WriteContext) => T): Promise<T> {
    const ctx: WriteContext = { now: this.clock(), actor: STAFF, newId: () => `w${++this.ids}` };
    const { result } = await this.store.update((draft) => verb(draft, ctx), { now: ctx.now, actor: STAFF });
    return result;
  }

  async addEmail(email: string, fields: Partial<Pick<Subscriber, 'components' | 'lang' | 'timeZone'>> = {}) {
    const { doc } = await this.store.load();
    const ctx = { store: this.store, now: this.clock(), actor: STAFF, config: this.config };
    const input = { type: 'email' as const, email, ...fields };
    return (await createStaffSubscription(input, doc, ctx)).subscriber;
  }

  async addWebhook(
    path: string,
    format: 'statuspage' | 'slack' | 'teams' = 'statuspage',
    components?: string[],
  ) {
    if (!this.receiver) throw new Error('no receiver');
    const { doc } = await this.store.load();
    const ctx = { store: this.store, now: this.clock(), actor: STAFF, config: this.config };
    const input = { type: 'webhook' as const, url: this.receiver.url(path), format, components };
    const { subscriber, secret } = await createStaffSubscription(input, doc, ctx);
    this.receiver.secrets.set(path, secret ?? '');
    return subscriber;
  }

  async cleanup(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup();
  }
}
