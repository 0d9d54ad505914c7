import type { Subscriber, SubscriberCounts, SubscriberQuery } from '@/lib/store/notification-schema';

/** Queries over subscribers held in memory (the file driver); a database answers the same with SQL. */

function matches(s: Subscriber, query: SubscriberQuery): boolean {
  if (query.type !== undefined && s.type !== query.type) return false;
  if (query.state !== undefined && s.state !== query.state) return false;
  if (query.componentId !== undefined && s.components.length > 0 && !s.components.includes(query.componentId))
    return false;
  const search = query.search?.trim().toLowerCase();
  if (search) return `${s.email ?? ''} ${s.url ?? ''}`.toLowerCase().includes(search);
  return true;
}

export function querySubscribers(
  all: Iterable<Subscriber>,
  query: SubscriberQuery,
): { items: Subscriber[]; total: number } {
  const found: Subscriber[] = [];
  for (const s of all) if (matches(s, query)) found.push(s);
  found.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : 1));
  const offset = query.offset ?? 0;
  return { items: found.slice(offset, offset + query.limit), total: found.length };
}

export function countSubscribers(all: Iterable<Subscriber>): SubscriberCounts {
  const counts: SubscriberCounts = {
    total: 0,
    byState: { pending: 0, confirmed: 0, disabled: 0 },
    byType: { email: 0, webhook: 0 },
    byComponent: {},
    all: 0,
  };
  for (const s of all) {
    counts.total += 1;
    counts.byState[s.state] += 1;
    counts.byType[s.type] += 1;
    if (s.state !== 'confirmed') continue;
    if (s.components.length === 0) counts.all += 1;
    for (const id of s.components) counts.byComponent[id] = (counts.byComponent[id] ?? 0) + 1;
  }
  return counts;
}
