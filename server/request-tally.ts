import { Counter, Histogram, type Registry } from 'prom-client';
import type { RouteClass } from '@/server/route-class';

/** One route class's requests: answers by status, and durations per latency bucket (not cumulative). */
interface ClassTally {
  statuses: Map<number, number>;
  /** Index i counts durations up to `bounds[i]` and above the bound before it; the last, those above all. */
  buckets: number[];
  sum: number;
  count: number;
}

/**
 * Requests counted and timed in plain numbers: a request costs two map lookups and a few additions, where
 * prom-client's labelled `inc` and `observe` hash a label object each time. prom-client reads the totals
 * only when the metrics are collected (`registerRequestMetrics`).
 */
export class RequestTally {
  /** By route class, in the order first seen. */
  readonly classes = new Map<string, ClassTally>();
  /** Every route class and status answered, in the order first seen (the order prom-client would list them). */
  readonly answered: [RouteClass, number][] = [];

  constructor(readonly bounds: readonly number[]) {}

  record(routeClass: RouteClass, status: number, seconds: number): void {
    let tally = this.classes.get(routeClass);
    if (!tally) {
      tally = {
        statuses: new Map(),
        buckets: new Array<number>(this.bounds.length + 1).fill(0),
        sum: 0,
        count: 0,
      };
      this.classes.set(routeClass, tally);
    }
    const before = tally.statuses.get(status);
    if (before === undefined) this.answered.push([routeClass, status]);
    tally.statuses.set(status, (before ?? 0) + 1);
    let bucket = 0;
    while (bucket < this.bounds.length && seconds > (this.bounds[bucket] ?? 0)) bucket++;
    tally.buckets[bucket] = (tally.buckets[bucket] ?? 0) + 1;
    tally.sum += seconds;
    tally.count++;
  }

  /** How many of a class's requests took at most `bound` seconds (a Prometheus `le` bucket). */
  atMost(routeClass: string, bound: number): number {
    const tally = this.classes.get(routeClass);
    if (!tally) return 0;
    let total = 0;
    for (let i = 0; i < this.bounds.length && (this.bounds[i] ?? 0) <= bound; i++)
      total += tally.buckets[i] ?? 0;
    return total;
  }
}

/**
 * The latency histogram exported from the tally. An unregistered prom-client histogram of the same shape,
 * zeroed for the classes seen, gives the rows (names, labels, order, aggregation); only their values are
 * filled in here. This histogram's own `observe` is never called.
 */
class TalliedHistogram extends Histogram<'route_class'> {
  private readonly shape: Histogram<'route_class'>;

  constructor(
    private readonly tally: RequestTally,
    configuration: { name: string; help: string; registers: Registry[] },
  ) {
    const shape = { ...configuration, labelNames: ['route_class'] as const, buckets: [...tally.bounds] };
    super(shape);
    this.shape = new Histogram({ ...shape, registers: [] });
  }

  override async get() {
    this.shape.reset();
    for (const routeClass of this.tally.classes.keys()) this.shape.zero({ route_class: routeClass });
    const metric = await this.shape.get();
    for (const row of metric.values) {
      const labels: Record<string, string | number | undefined> = row.labels;
      const { route_class: routeClass, le } = labels;
      const tally = typeof routeClass === 'string' ? this.tally.classes.get(routeClass) : undefined;
      if (!tally || typeof routeClass !== 'string') continue;
      if (row.metricName?.endsWith('_sum')) row.value = tally.sum;
      else if (row.metricName?.endsWith('_count') || le === '+Inf') row.value = tally.count;
      else if (typeof le === 'number') row.value = this.tally.atMost(routeClass, le);
    }
    return metric;
  }

  /** The registry's text export asks for this form; the merged labels print the same as prom-client's own. */
  getForPromString() {
    return this.get();
  }
}

/** `status_http_requests_total` and `status_http_request_duration_seconds`, read from the tally when collected. */
export function registerRequestMetrics(registry: Registry, tally: RequestTally): void {
  new Counter({
    name: 'status_http_requests_total',
    help: 'HTTP requests answered, by route class and status code.',
    labelNames: ['route_class', 'status'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [routeClass, status] of tally.answered)
        this.inc(
          { route_class: routeClass, status },
          tally.classes.get(routeClass)?.statuses.get(status) ?? 0,
        );
    },
  });
  new TalliedHistogram(tally, {
    name: 'status_http_request_duration_seconds',
    help: 'Time from request to the end of the response, by route class.',
    registers: [registry],
  });
}
