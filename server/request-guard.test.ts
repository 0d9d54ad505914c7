import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardRequest, MAX_URL_LENGTH } from '@/server/request-guard';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server that answers through the guard, else echoes the headers that reach the framework. */
async function guarded(): Promise<string> {
  const server = createServer((req, res) => {
    if (guardRequest(req, res)) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.headers));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('guardRequest', () => {
  it("refuses another origin's form posted to a page, but not to a route handler's one-click unsubscribe", async () => {
    const base = await guarded();
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example' };
    const post = (path: string, headers: Record<string, string>) =>
      fetch(`${base}${path}`, { method: 'POST', headers, body: 'List-Unsubscribe=One-Click' });
    expect((await post('/de/subscriptions/manage/m.x', form)).status).toBe(403);
    expect((await post('/subscriptions/unsubscribe/u.x', form)).status).toBe(200);
    expect((await post('/subscribe', { ...form, origin: base })).status).toBe(200);
    expect((await post('/subscribe', { 'content-type': form['content-type'] })).status).toBe(200);
  });

  it('drops a router state header that is not one, and keeps one that is', async () => {
    const base = await guarded();
    const bad = await fetch(`${base}/`, { headers: { rsc: '1', 'next-router-state-tree': 'garbage' } });
    expect(await bad.json()).not.toHaveProperty('next-router-state-tree');
    const state = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));
    const good = await fetch(`${base}/`, { headers: { rsc: '1', 'next-router-state-tree': state } });
    expect(await good.json()).toHaveProperty('next-router-state-tree', state);
  });

  it('answers malformed form actions, undecodable paths, long addresses and big bodies with 4xx JSON', async () => {
    const base = await guarded();
    const action = await fetch(`${base}/`, { method: 'POST', headers: { 'next-action': 'nope' }, body: 'x' });
    expect(action.status).toBe(400);
    const foreign = await fetch(`${base}/`, {
      method: 'POST',
      headers: { 'next-action': 'a'.repeat(42), origin: 'http://evil.example' },
      body: 'x',
    });
    expect(foreign.status).toBe(403);
    expect((await fetch(`${base}/incidents/%ff`)).status).toBe(400);
    expect((await fetch(`${base}/?q=${'x'.repeat(MAX_URL_LENGTH)}`)).status).toBe(414);
    const big = await fetch(`${base}/api/v1/incidents`, {
      method: 'POST',
      body: Buffer.alloc(2 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('gives its own answers the policy of every data answer: nothing loads, runs or frames them', async () => {
    const base = await guarded();
    const headers = (await fetch(`${base}/incidents/%ff`)).headers;
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});
