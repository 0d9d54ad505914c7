import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { StoreDriver } from '@/lib/store/driver';
import type { ClaimedDelivery, DeliveryOutcome, NotificationEvent } from '@/lib/store/notification-schema';
import type { NotifyConfig } from '@/lib/notify/config';
import { STORE_SECRET_NAME } from '@/lib/notify/links';
import type { MailTransport, SendResult } from '@/lib/notify/mail-transport';
import { renderDelivery, type Outgoing, type RenderContext } from '@/lib/notify/render-delivery';
import { afterAttempt, outcomeOf } from '@/lib/notify/retry-policy';
import { dueTimeEvents } from '@/lib/notify/time-events';
import { postWebhook, type WebhookOptions } from '@/lib/notify/webhook-client';

export interface DispatcherOptions {
  store: StoreDriver;
  config: NotifyConfig;
  transport: MailTransport;
  clock?: () => Date;
  /** Who holds the lease; unique per process. */
  holder?: string;
  webhook?: Omit<WebhookOptions, 'config'>;
  batchSize?: number;
  concurrency?: number;
  /** How long an idle dispatcher waits before looking again. */
  idleMs?: number;
  log?: (message: string) => void;
}

export const LEASE_NAME = 'notification-dispatcher';
export const LEASE_TTL_MS = 15_000;
/** A claimed delivery is someone's for this long; longer than any batch takes, short enough to recover. */
export const CLAIM_MS = 5 * 60_000;
const RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

type TickState = 'worked' | 'idle' | 'standby';

/**
 * The least time between the starts of two rounds that sent nothing: events that arrive in a stream (a burst
 * of writes) are taken a few rounds a second, each round reading the page once, not one round per write.
 */
export const ACCEPT_ROUND_MS = 200;

/** The pause after a round that sent `sent` in `roundMs`, keeping the average at no more than `rate` per second. */
export function pauseAfterRound(sent: number, rate: number, roundMs: number): number {
  const least = sent === 0 ? ACCEPT_ROUND_MS : 0;
  return Math.max(0, least - roundMs, (sent * 1000) / rate - roundMs);
}

/**
 * Turns queued events into deliveries and sends them. One dispatcher works at a time across processes (a lease in
 * the store); the rest stand by and take over when its lease runs out. Every step is recorded in the store before
 * the next, so a restart or a kill -9 loses nothing: claimed deliveries come back when their claim runs out.
 */
export class Dispatcher {
  private readonly clock: () => Date;
  private readonly holder: string;
  private leaseUntil = 0;
  private lastPurge = 0;
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;
  private readonly cache: RenderContext['cache'] = new Map();
  /** Deliveries sent by the last round, for the pause that keeps the send rate. */
  private sentLastRound = 0;

  constructor(private readonly options: DispatcherOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  }

  /** One round: lease, accept queued and clock-driven events, send one batch of due deliveries. */
  async tick(): Promise<TickState> {
    const { store } = this.options;
    const now = this.clock();
    this.sentLastRound = 0;
    if (!(await this.holdLease(now))) return 'standby';
    let worked = false;
    for (const event of await store.notifications.pendingEvents())
      worked = (await this.accept(event, now)) || worked;
    const { doc } = await store.load();
    for (const event of dueTimeEvents(doc, now)) {
      if (!(await store.notifications.hasEvent(event.id))) worked = (await this.accept(event, now)) || worked;
    }
    if (now.getTime() - this.lastPurge > 3_600_000) {
      this.lastPurge = now.getTime();
      await store.notifications.purge(new Date(now.getTime() - RETENTION_MS));
    }
    const due = await store.notifications.nextDueAt();
    if (due === null || due.getTime() > now.getTime()) return worked ? 'worked' : 'idle';
    const claimed = await store.notifications.claimDeliveries(now, this.options.batchSize ?? 500, CLAIM_MS);
    if (claimed.length === 0) return worked ? 'worked' : 'idle';
    await this.send(claimed);
    this.sentLastRound = claimed.length;
    return 'worked';
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  /** Stops after the current round and gives the lease up, so another process can take over at once. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    // Claimed deliveries stay claimed, so giving the lease up before the round ends cannot double-send.
    this.leaseUntil = 0;
    await this.options.store.notifications.releaseLease(LEASE_NAME, this.holder).catch(() => undefined);
    await this.loopDone;
    this.options.transport.close();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let wait: number;
      const started = Date.now();
      try {
        const state = await this.tick();
        failures = 0;
        wait =
          state === 'worked'
            ? this.pace(Date.now() - started)
            : state === 'standby'
              ? 2_000
              : (this.options.idleMs ?? 500);
      } catch (error) {
        failures += 1;
        this.log(
          `round failed (${failures} in a row): ${error instanceof Error ? error.message : String(error)}`,
        );
        wait = Math.min(30_000, 1_000 * 2 ** Math.min(failures, 5));
      }
      if (this.running && wait > 0) await this.sleep(wait);
    }
  }

  private pace(roundMs: number): number {
    return pauseAfterRound(this.sentLastRound, this.options.config.sendRate, roundMs);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async holdLease(now: Date): Promise<boolean> {
    if (this.leaseUntil - now.getTime() > LEASE_TTL_MS / 2) return true;
    const held = await this.options.store.notifications.acquireLease(
      LEASE_NAME,
      this.holder,
      LEASE_TTL_MS,
      now,
    );
    this.leaseUntil = held ? now.getTime() + LEASE_TTL_MS : 0;
    return held;
  }

  private async accept(event: NotificationEvent, now: Date): Promise<boolean> {
    const result = await this.options.store.notifications.acceptEvent(event, now);
    if (!result.duplicate) this.log(`${event.type} ${event.id}: ${result.deliveries} deliveries queued`);
    return !result.duplicate;
  }

  private async send(claimed: ClaimedDelivery[]): Promise<void> {
    const { store, config } = this.options;
    const ctx: RenderContext = {
      doc: (await store.load()).doc,
      now: this.clock(),
      config,
      secret: await store.secret(STORE_SECRET_NAME),
      cache: this.cache,
    };
    const outcomes: DeliveryOutcome[] = [];
    const limit = this.options.concurrency ?? 16;
    let next = 0;
    const worker = async () => {
      while (next < claimed.length) {
        const item = claimed[next++];
        if (item) outcomes.push(await this.deliver(item, ctx));
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, claimed.length) }, worker));
    await store.notifications.recordOutcomes(outcomes, this.clock());
  }

  /** One delivery, never throwing: whatever goes wrong becomes an outcome (retry, failure or skip). */
  private async deliver(claimed: ClaimedDelivery, ctx: RenderContext): Promise<DeliveryOutcome> {
    const { id, attempts } = claimed.delivery;
    let outgoing: Outgoing;
    try {
      outgoing = renderDelivery(claimed, ctx);
    } catch (error) {
      return outcomeOf(id, attempts, failure(error), this.clock());
    }
    if (outgoing.kind === 'skip') return { id, state: 'skipped', error: outgoing.reason };
    const result = await this.attempt(outgoing).catch(failure);
    const now = this.clock();
    await this.recordHealth(claimed, result, now);
    return outcomeOf(id, attempts, result, now);
  }

  private attempt(outgoing: Exclude<Outgoing, { kind: 'skip' }>): Promise<SendResult> {
    if (outgoing.kind === 'webhook')
      return postWebhook(outgoing.request, { ...this.options.webhook, config: this.options.config });
    const from = this.options.config.mailFrom.address;
    return this.options.transport.send({ from, to: outgoing.to }, outgoing.raw, outgoing.name);
  }

  /** Webhooks keep a full record; mail subscribers are only written when something failed (or recovers). */
  private async recordHealth(claimed: ClaimedDelivery, result: SendResult, now: Date): Promise<void> {
    const subscriber = claimed.subscriber;
    if (!subscriber) return;
    const record = subscriber.type === 'webhook' || !result.ok || subscriber.health.consecutiveFailures > 0;
    if (!record) return;
    const error = result.ok ? null : result.error;
    const { before, after } = await this.options.store.notifications.modifySubscriber(
      { id: subscriber.id },
      (current) => (current ? afterAttempt(current, result.ok, error, now) : undefined),
    );
    if (before?.state !== 'disabled' && after?.state === 'disabled')
      this.log(`webhook ${after.id} disabled: ${after.health.disabledReason ?? ''}`);
  }

  private log(message: string): void {
    (this.options.log ?? ((m: string) => console.info(`[notifications] ${m}`)))(message);
  }
}

function failure(error: unknown): SendResult {
  return {
    ok: false,
    permanent: false,
    status: null,
    error: error instanceof Error ? error.message : String(error),
  };
}
