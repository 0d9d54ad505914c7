import {
  AggregatorRegistry,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type MetricObjectWithValues,
  type MetricValue,
} from 'prom-client';
import type { HotStats } from '@/server/send-cached';
import type { RouteClass } from '@/server/route-class';
import { registerRequestMetrics, RequestTally } from '@/server/request-tally';
import { observeStoreWrites, type StoreKind } from '@/lib/store/write-observer';

export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A front worker's metrics: requests and latency by route class and status, and the response cache. */
export function createWorkerMetrics(stats: HotStats, cacheSize: () => number) {
  const registry = new Registry();
  const tally = new RequestTally(LATENCY_BUCKETS);
  registerRequestMetrics(registry, tally);
  const seen: HotStats = { hits: 0, misses: 0, bypassed: 0, notModified: 0, stale: 0, renders: 0 };
  new Counter({
    name: 'status_cache_answers_total',
    help: 'Hot reads by how the response cache answered: hit, miss, stale (renderer unavailable), bypassed.',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      for (const result of ['hits', 'misses', 'stale', 'bypassed', 'notModified'] as const) {
        this.inc({ result }, stats[result] - seen[result]);
        seen[result] = stats[result];
      }
    },
  });
  new Counter({
    name: 'status_cache_renders_total',
    help: 'Cached variants rendered through the framework (fills).',
    registers: [registry],
    collect() {
      this.inc(stats.renders - seen.renders);
      seen.renders = stats.renders;
    },
  });
  new Gauge({
    name: 'status_cache_entries',
    help: 'Variants held in the response caches.',
    registers: [registry],
    collect() {
      this.set(cacheSize());
    },
  });
  return {
    registry,
    observe(routeClass: RouteClass, status: number, seconds: number) {
      tally.record(routeClass, status, seconds);
    },
  };
}

/**
 * The renderer's metrics: store writes (they happen there) by driver, operation and outcome, their latency, and
 * the failures. `driver` is the store this instance runs on, named from the start so a 0 is reported too.
 */
export function createRendererMetrics(driver: StoreKind) {
  const registry = new Registry();
  const writes = new Histogram({
    name: 'status_store_write_duration_seconds',
    help: 'Store writes (lock, validate, commit), by driver, operation (update, subscriber, audit) and outcome.',
    labelNames: ['driver', 'operation', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const failures = new Counter({
    name: 'status_store_write_failures_total',
    help: 'Store writes that failed (storage unavailable or broken), not counting those refused by the rules.',
    labelNames: ['driver'],
    registers: [registry],
  });
  failures.inc({ driver }, 0);
  observeStoreWrites((event) => {
    writes.observe(
      { driver: event.driver, operation: event.operation, outcome: event.outcome },
      event.seconds,
    );
    if (event.outcome === 'failed') failures.inc({ driver: event.driver });
  });
  return registry;
}

/** Counts of the store's work queues; read at most every few seconds however often the metrics are scraped. */
export interface QueueCounts {
  /** Deliveries by state: queued, sending, retrying, failed (the last over the retention period). */
  outbox: Partial<Record<string, number>>;
  /** Events written with a change that the dispatcher has not fanned out yet. */
  pendingEvents: number;
}

const OUTBOX_STATES = ['queued', 'sending', 'retrying', 'failed'] as const;
const QUEUE_TTL_MS = 5_000;

/** The primary's own metrics: the renderer's life and the notification outbox. */
export function createPrimaryMetrics(readQueues: () => Promise<QueueCounts>) {
  const registry = new Registry();
  const up = new Gauge({
    name: 'status_renderer_up',
    help: '1 while the renderer answers, 0 while it is down or restarting.',
    registers: [registry],
  });
  const restarts = new Counter({
    name: 'status_renderer_restarts_total',
    help: 'Renderer restarts, by reason.',
    labelNames: ['reason'],
    registers: [registry],
  });
  let cached: { at: number; counts: Promise<QueueCounts | null> } | null = null;
  const queues = () => {
    if (!cached || Date.now() - cached.at > QUEUE_TTL_MS)
      cached = { at: Date.now(), counts: readQueues().catch(() => null) };
    return cached.counts;
  };
  new Gauge({
    name: 'status_outbox_deliveries',
    help: 'Notification deliveries in the outbox by state (queued, sending, retrying; failed over the retention).',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const counts = await queues();
      this.reset();
      if (counts) for (const state of OUTBOX_STATES) this.set({ state }, counts.outbox[state] ?? 0);
    },
  });
  new Gauge({
    name: 'status_outbox_pending_events',
    help: 'Events committed with a write that the dispatcher has not fanned out to deliveries yet.',
    registers: [registry],
    async collect() {
      const counts = await queues();
      this.reset();
      if (counts) this.set(counts.pendingEvents);
    },
  });
  return { registry, up, restarts };
}

/** One Prometheus text from every process's metrics (sums across workers). */
export async function combine(parts: MetricsJson[]): Promise<string> {
  return AggregatorRegistry.aggregate(parts).metrics();
}
