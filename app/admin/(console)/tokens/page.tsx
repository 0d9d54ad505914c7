import type { Metadata } from 'next';
import { ActionButton } from '@/components/admin/action-button';
import { AdminOnly } from '@/components/admin/admin-only';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { TokenCreateForm } from '@/components/admin/token-create-form';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ c }) => c('tokens.title'));

export default async function TokensPage() {
  const principal = await requireStaffPage('/admin/tokens');
  const { c, when } = await consoleText();
  if (principal.role !== 'admin')
    return <AdminOnly title={c('tokens.title')} message={c('common.adminOnly')} />;
  const { doc } = await getStore().load();
  const zone = doc.page.timeZone;
  const tokens = [...doc.tokens].sort(
    (a, b) =>
      Number(a.revokedAt !== null) - Number(b.revokedAt !== null) ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{c('tokens.title')}</h1>
      <p className="text-muted">{c('tokens.intro')}</p>
      <section aria-labelledby="new-token-heading" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="new-token-heading" className="mb-3 text-lg font-semibold">
          {c('tokens.create')}
        </h2>
        <TokenCreateForm />
      </section>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="mb-3 text-lg font-semibold">
          {c('tokens.list')}
        </h2>
        {tokens.length === 0 ? (
          <p className="text-muted">{c('tokens.none')}</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {tokens.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div>
                  <p className="font-medium">
                    {t.name} <span className="text-sm text-muted">({c(`roles.${t.role}`)})</span>
                  </p>
                  <p className="text-sm text-muted">
                    {c('tokens.created', { time: when(t.createdAt, zone), who: t.createdBy })}
                    {t.revokedAt ? ` · ${c('tokens.revokedAt', { time: when(t.revokedAt, zone) })}` : ''}
                  </p>
                </div>
                {t.revokedAt ? null : (
                  <ActionButton
                    method="DELETE"
                    path={`/api/v1/tokens/${encodeURIComponent(t.id)}`}
                    label={c('tokens.revoke')}
                    busyLabel={c('tokens.revoking')}
                    danger
                    confirm={c('tokens.confirmRevoke', { name: t.name })}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
