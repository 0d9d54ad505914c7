import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreDriver } from '@/lib/store/driver';
import { deliveryId } from '@/lib/store/notification-schema';
import { add, at, subscriber, T } from '@/lib/store/test-fixtures/notification-records';
import { outboxContract } from '@/lib/store/test-fixtures/outbox-contract';
import { outboxInstancesContract } from '@/lib/store/test-fixtures/outbox-instances-contract';

/**
 * What every store driver promises about subscribers, the outbox, leases and rate limits. A driver's test file
 * calls `describeSubscriptionStore('name', factory)`; `another` (optional) opens a second handle on the same
 * storage, as a second process or instance would, for the cross-process promises.
 */
export interface ContractDriver {
  driver: StoreDriver;
  cleanup: () => Promise<void> | void;
  another?: () => Promise<StoreDriver>;
}

export function describeSubscriptionStore(name: string, makeDriver: () => Promise<ContractDriver>): void {
  describe(`${name}: subscription store contract`, () => {
    const ctx = {} as { driver: StoreDriver; another?: () => Promise<StoreDriver> };
    let cleanup: ContractDriver['cleanup'] = () => undefined;
    beforeEach(async () => {
      const made = await makeDriver();
      ctx.driver = made.driver;
      ctx.another = made.another;
      cleanup = made.cleanup;
    });
    afterEach(async () => {
      await cleanup();
    });

    describe('subscribers', () => {
      it('adds a subscriber and finds it by id and by address', async () => {
        const s = await add(ctx.driver, subscriber({ email: 'ada@example.com' }));
        expect(await ctx.driver.notifications.getSubscriber(s.id)).toEqual(s);
        expect(await ctx.driver.notifications.findEmailSubscriber('ada@example.com')).toEqual(s);
        expect(await ctx.driver.notifications.findEmailSubscriber('bob@example.com')).toBeNull();
      });

      it('refuses to give one address to two email subscribers', async () => {
        await add(ctx.driver, subscriber({ email: 'ada@example.com' }));
        await expect(add(ctx.driver, subscriber({ email: 'ada@example.com' }))).rejects.toMatchObject({
          code: 'conflict',
        });
      });

      it('changes, leaves alone and deletes through modifySubscriber', async () => {
        const s = await add(ctx.driver, subscriber({ email: 'ada@example.com' }));
        const same = await ctx.driver.notifications.modifySubscriber(
          { email: 'ada@example.com' },
          () => undefined,
        );
        expect(same.after).toEqual(s);
        const changed = await ctx.driver.notifications.modifySubscriber({ id: s.id }, (current) =>
          current ? { ...current, lang: 'nb' } : null,
        );
        expect(changed.before?.lang).toBe('en');
        expect(changed.after?.lang).toBe('nb');
        await ctx.driver.notifications.modifySubscriber({ id: s.id }, () => null);
        expect(await ctx.driver.notifications.getSubscriber(s.id)).toBeNull();
        expect(await ctx.driver.notifications.findEmailSubscriber('ada@example.com')).toBeNull();
      });

      it('lists newest first with search, filters, paging and a total', async () => {
        await add(ctx.driver, subscriber({ email: 'ada@example.com', createdAt: at(1).toISOString() }));
        await add(
          ctx.driver,
          subscriber({ email: 'bob@example.org', createdAt: at(2).toISOString(), components: ['api'] }),
        );
        await add(
          ctx.driver,
          subscriber({ email: 'cy@example.com', createdAt: at(3).toISOString(), components: ['login'] }),
        );
        await add(
          ctx.driver,
          subscriber({
            type: 'webhook',
            email: null,
            url: 'https://hooks.example.com/x',
            createdAt: at(4).toISOString(),
          }),
        );
        const all = await ctx.driver.notifications.listSubscribers({ limit: 10 });
        expect(all.total).toBe(4);
        expect(all.items.map((s) => s.email ?? s.url)).toEqual([
          'https://hooks.example.com/x',
          'cy@example.com',
          'bob@example.org',
          'ada@example.com',
        ]);
        const search = await ctx.driver.notifications.listSubscribers({
          search: 'EXAMPLE.COM',
          type: 'email',
          limit: 1,
        });
        expect(search).toMatchObject({ total: 2, items: [{ email: 'cy@example.com' }] });
        const api = await ctx.driver.notifications.listSubscribers({
          componentId: 'api',
          type: 'email',
          limit: 10,
        });
        expect(api.items.map((s) => s.email).sort()).toEqual(['ada@example.com', 'bob@example.org']);
        const page2 = await ctx.driver.notifications.listSubscribers({ limit: 2, offset: 2 });
        expect(page2.items.map((s) => s.email)).toEqual(['bob@example.org', 'ada@example.com']);
      });

      it('finds nothing for an id, address, search or component holding U+0000, and does not fail', async () => {
        const s = await add(ctx.driver, subscriber({ email: 'ada@example.com', components: ['api'] }));
        const everything = await add(ctx.driver, subscriber({ email: 'bo@example.com', components: [] }));
        const n = ctx.driver.notifications;
        expect(await n.getSubscriber(`${s.id}\0`)).toBeNull();
        expect(await n.getSubscriber('\0')).toBeNull();
        expect(await n.findEmailSubscriber('ada@example.com\0')).toBeNull();
        expect(await n.listSubscribers({ search: 'ada\0', limit: 10 })).toEqual({ items: [], total: 0 });
        // A component no subscriber names: only those who follow everything get its events.
        expect(await n.listSubscribers({ componentId: 'api\0', limit: 10 })).toEqual({
          items: [everything],
          total: 1,
        });
        const untouched = await n.modifySubscriber({ id: '\0' }, (current) => current);
        expect(untouched).toEqual({ before: null, after: null });
        expect(await n.getSubscriber(s.id)).toEqual(s);
      });

      it('counts subscribers by state, type and component', async () => {
        await add(ctx.driver, subscriber({ components: ['api', 'login'] }));
        await add(ctx.driver, subscriber({ components: ['api'] }));
        await add(ctx.driver, subscriber());
        await add(ctx.driver, subscriber({ state: 'pending', confirmedAt: null, components: ['api'] }));
        await add(ctx.driver, subscriber({ type: 'webhook', email: null, url: 'https://h.example.com' }));
        expect(await ctx.driver.notifications.countSubscribers()).toEqual({
          total: 5,
          byState: { pending: 1, confirmed: 4, disabled: 0 },
          byType: { email: 4, webhook: 1 },
          byComponent: { api: 2, login: 1 },
          all: 2,
        });
      });

      it('shows one handle’s changes to another (another process or instance)', async () => {
        if (!ctx.another) return;
        const other = await ctx.another();
        const s = await add(ctx.driver, subscriber({ email: 'ada@example.com' }));
        expect(await other.notifications.getSubscriber(s.id)).toEqual(s);
        await other.notifications.modifySubscriber({ id: s.id }, (c) => (c ? { ...c, lang: 'de' } : null));
        expect((await ctx.driver.notifications.findEmailSubscriber('ada@example.com'))?.lang).toBe('de');
      });
    });

    outboxContract(ctx);
    outboxInstancesContract(ctx);

    describe('leases', () => {
      it('gives a lease to one holder at a time until it runs out, and renews it for its holder', async () => {
        const n = ctx.driver.notifications;
        expect(await n.acquireLease('dispatch', 'a', 30_000, T)).toBe(true);
        expect(await n.acquireLease('dispatch', 'b', 30_000, at(1_000))).toBe(false);
        expect(await n.acquireLease('dispatch', 'a', 30_000, at(20_000))).toBe(true);
        expect(await n.acquireLease('dispatch', 'b', 30_000, at(40_000))).toBe(false);
        expect(await n.acquireLease('dispatch', 'b', 30_000, at(50_001))).toBe(true);
        expect(await n.acquireLease('other', 'a', 30_000, at(50_001))).toBe(true);
        await n.releaseLease('dispatch', 'a');
        expect(await n.acquireLease('dispatch', 'a', 30_000, at(50_002))).toBe(false);
        await n.releaseLease('dispatch', 'b');
        expect(await n.acquireLease('dispatch', 'a', 30_000, at(50_003))).toBe(true);
      });

      it('lets only one of two racing handles take the lease', async () => {
        const other = ctx.another ? await ctx.another() : ctx.driver;
        const results = await Promise.all([
          ctx.driver.notifications.acquireLease('dispatch', 'a', 30_000, T),
          other.notifications.acquireLease('dispatch', 'b', 30_000, T),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('rate limits', () => {
      it('counts hits per bucket in a sliding window and says when to come back', async () => {
        const n = ctx.driver.notifications;
        const buckets = [
          { key: 'address:a', limit: 2 },
          { key: 'client:1', limit: 3 },
        ];
        expect(await n.consumeRateLimit(buckets, 3_600_000, T)).toEqual({ allowed: true });
        expect(await n.consumeRateLimit(buckets, 3_600_000, at(60_000))).toEqual({ allowed: true });
        expect(await n.consumeRateLimit(buckets, 3_600_000, at(120_000))).toEqual({
          allowed: false,
          retryAfterMs: 3_600_000 - 120_000,
        });
        // The refused hit was not counted: the client bucket has room for one more elsewhere.
        expect(await n.consumeRateLimit([{ key: 'client:1', limit: 3 }], 3_600_000, at(120_000))).toEqual({
          allowed: true,
        });
        // The first hit leaves the window: room for exactly one more.
        expect(await n.consumeRateLimit(buckets, 3_600_000, at(3_600_001))).toEqual({ allowed: true });
        expect(await n.consumeRateLimit(buckets, 3_600_000, at(3_600_002))).toMatchObject({ allowed: false });
      });
    });

    describe('secrets', () => {
      it('keeps one secret per name for every handle', async () => {
        const a = await ctx.driver.secret('notifications');
        expect(a.length).toBeGreaterThanOrEqual(32);
        expect(await ctx.driver.secret('notifications')).toBe(a);
        expect(await ctx.driver.secret('other')).not.toBe(a);
        if (ctx.another) expect(await (await ctx.another()).secret('notifications')).toBe(a);
      });
    });

    it('gives each (event, subscriber) one stable delivery id', () => {
      expect(deliveryId('e1', 's1')).toBe(deliveryId('e1', 's1'));
      expect(deliveryId('e1', 's1')).not.toBe(deliveryId('e1', 's2'));
    });
  });
}
