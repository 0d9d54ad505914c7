import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { combine } from '@/server/metrics';
import type { RouteClass } from '@/server/route-class';
import { registerRequestMetrics, RequestTally } from '@/server/request-tally';

const BOUNDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The same requests as prom-client's labelled metrics count them, for comparison. */
function promClientOwn(requests: [RouteClass, number, number][]) {
  const registry = new Registry();
  const counter = new Counter({
    name: 'status_http_requests_total',
    help: 'HTTP requests answered, by route class and status code.',
    labelNames: ['route_class', 'status'],
    registers: [registry],
  });
  const histogram = new Histogram({
    name: 'status_http_request_duration_seconds',
    help: 'Time from request to the end of the response, by route class.',
    labelNames: ['route_class'],
    buckets: BOUNDS,
    registers: [registry],
  });
  for (const [routeClass, status, seconds] of requests) {
    counter.inc({ route_class: routeClass, status });
    histogram.observe({ route_class: routeClass }, seconds);
  }
  return registry;
}

function tallied(requests: [RouteClass, number, number][]) {
  const registry = new Registry();
  const tally = new RequestTally(BOUNDS);
  registerRequestMetrics(registry, tally);
  for (const [routeClass, status, seconds] of requests) tally.record(routeClass, status, seconds);
  return { registry, tally };
}

// Durations on, between and beyond the bucket bounds, several classes and statuses in an interleaved order.
const REQUESTS: [RouteClass, number, number][] = [
  ['api-v2', 200, 0.0003],
  ['page', 200, 0.0005],
  ['api-v2', 304, 0.0011],
  ['page', 404, 0.02],
  ['embed', 200, 12],
  ['api-v2', 200, 0.25],
  ['page', 200, 0.0049],
  ['other', 503, 10],
  ['api-v2', 200, 0.0003],
];

describe('registerRequestMetrics', () => {
  it('exports exactly what prom-client exports for the same requests, as JSON and as combined text', async () => {
    const own = promClientOwn(REQUESTS);
    const { registry: ours } = tallied(REQUESTS);
    const ownJson = await own.getMetricsAsJSON();
    const ourJson = await ours.getMetricsAsJSON();
    expect(ourJson).toStrictEqual(ownJson);
    expect(await ours.metrics()).toBe(await own.metrics());
    expect(await combine([ourJson, ourJson])).toBe(await combine([ownJson, ownJson]));
  });

  it('reports the totals again on every collection, not only what is new', async () => {
    const { registry, tally } = tallied(REQUESTS);
    await registry.getMetricsAsJSON();
    tally.record('api-v2', 200, 0.001);
    const text = await registry.metrics();
    expect(text).toContain('status_http_requests_total{route_class="api-v2",status="200"} 4');
    expect(text).toContain('status_http_request_duration_seconds_count{route_class="api-v2"} 5');
  });

  it('exports nothing for a worker that has answered no request yet', async () => {
    const { registry } = tallied([]);
    const json = await registry.getMetricsAsJSON();
    expect(json.map((m) => m.values)).toEqual([[], []]);
  });
});

describe('RequestTally', () => {
  it('counts a duration on a bound in that bound’s bucket and one above every bound only in the total', () => {
    const tally = new RequestTally([0.1, 1]);
    for (const seconds of [0.1, 0.5, 1, 3]) tally.record('page', 200, seconds);
    expect(tally.atMost('page', 0.1)).toBe(1);
    expect(tally.atMost('page', 1)).toBe(3);
    expect(tally.classes.get('page')).toMatchObject({ count: 4, sum: 4.6 });
    expect(tally.atMost('feed', 1)).toBe(0);
  });
});
