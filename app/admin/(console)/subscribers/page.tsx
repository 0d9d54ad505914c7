import type { Metadata } from 'next';
import { ActionButton } from '@/components/admin/action-button';
import { buttonClass, inputClass } from '@/components/admin/fields';
import { formatInstant } from '@/components/admin/labels';
import { Badge } from '@/components/admin/status-badge';
import {
  componentList,
  subscriberStateLabel,
  subscriberStateTone,
} from '@/components/admin/subscription-labels';
import { firstParam, type SearchParams } from '@/lib/next/request';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Subscribers' };
const PAGE_SIZE = 50;

/** Email subscribers: how many follow each component, search by address, remove one. */
export default async function SubscribersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffPage('/admin/subscribers');
  const query = await searchParams;
  const search = firstParam(query.q)?.slice(0, 200) ?? '';
  const page = Math.max(0, Number(firstParam(query.page) ?? 0) || 0);
  const store = getStore();
  const [{ doc }, counts, list] = await Promise.all([
    store.load(),
    store.notifications.countSubscribers(),
    store.notifications.listSubscribers({
      search,
      type: 'email',
      limit: PAGE_SIZE,
      offset: page * PAGE_SIZE,
    }),
  ]);
  const zone = doc.page.timeZone;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Subscribers</h1>
        <p className="text-muted">
          {counts.byType.email} email and {counts.byType.webhook} webhook subscriptions ·{' '}
          {counts.byState.confirmed} active, {counts.byState.pending} waiting for confirmation,{' '}
          {counts.byState.disabled} disabled.
        </p>
      </header>
      <section aria-labelledby="per-component" className="space-y-2">
        <h2 id="per-component" className="text-lg font-semibold">
          Active subscribers per component
        </h2>
        <table className="w-full max-w-xl text-sm">
          <thead>
            <tr className="border-b border-border text-left">
              <th className="py-1 pr-4">Component</th>
              <th className="py-1 text-right">Notified</th>
            </tr>
          </thead>
          <tbody>
            {doc.components.map((c) => (
              <tr key={c.id} className="border-b border-border">
                <td className="py-1 pr-4">{c.name}</td>
                <td className="py-1 text-right tabular-nums">
                  {(counts.byComponent[c.id] ?? 0) + counts.all}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-muted">{counts.all} of them follow every component.</p>
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-lg font-semibold">
          Email subscribers
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-2" role="search">
          <label className="text-sm font-medium">
            <span className="mb-1 block">Search by address</span>
            <input name="q" defaultValue={search} className={inputClass} />
          </label>
          <button type="submit" className={buttonClass}>
            Search
          </button>
        </form>
        <p className="text-sm text-muted" data-testid="subscriber-total">
          {list.total} {list.total === 1 ? 'subscriber' : 'subscribers'}
          {search ? ` matching “${search}”` : ''}
        </p>
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
          {list.items.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div className="space-y-0.5">
                <p className="font-medium break-all">{s.email}</p>
                <p className="text-sm text-muted">
                  {componentList(doc, s.components)} · {s.lang} · {s.timeZone} · since{' '}
                  {formatInstant(s.createdAt, zone)}
                </p>
              </div>
              <span className="flex items-center gap-2">
                <Badge tone={subscriberStateTone[s.state]}>{subscriberStateLabel[s.state]}</Badge>
                <ActionButton
                  method="DELETE"
                  path={`/api/v1/subscriptions/${encodeURIComponent(s.id)}`}
                  label="Remove"
                  busyLabel="Removing…"
                  danger
                  confirm={`Remove ${s.email ?? 'this subscriber'}? They get no more mail.`}
                />
              </span>
            </li>
          ))}
        </ul>
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {page > 0 ? <a href={`?q=${encodeURIComponent(search)}&page=${page - 1}`}>Previous</a> : null}
          {(page + 1) * PAGE_SIZE < list.total ? (
            <a href={`?q=${encodeURIComponent(search)}&page=${page + 1}`}>Next</a>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
