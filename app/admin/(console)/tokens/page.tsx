import type { Metadata } from 'next';
import { ActionButton } from '@/components/admin/action-button';
import { AdminOnly } from '@/components/admin/admin-only';
import { formatInstant } from '@/components/admin/labels';
import { TokenCreateForm } from '@/components/admin/token-create-form';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const principal = await requireStaffPage('/admin/tokens');
  if (principal.role !== 'admin') return <AdminOnly title="API tokens" />;
  const { doc } = await getStore().load();
  const zone = doc.page.timeZone;
  const tokens = [...doc.tokens].sort(
    (a, b) =>
      Number(a.revokedAt !== null) - Number(b.revokedAt !== null) ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">API tokens</h1>
      <p className="text-muted">
        Tokens let scripts and monitoring post through the API. The STATUS_API_TOKEN environment variable,
        when set, is an admin token too.
      </p>
      <section aria-labelledby="new-token-heading" className="rounded-lg border border-border bg-surface p-5">
        <h2 id="new-token-heading" className="mb-3 text-lg font-semibold">
          Create a token
        </h2>
        <TokenCreateForm />
      </section>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="mb-3 text-lg font-semibold">
          Tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="text-muted">No tokens yet.</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {tokens.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div>
                  <p className="font-medium">
                    {t.name} <span className="text-sm text-muted">({t.role})</span>
                  </p>
                  <p className="text-sm text-muted">
                    Created {formatInstant(t.createdAt, zone)} by {t.createdBy}
                    {t.revokedAt ? ` · revoked ${formatInstant(t.revokedAt, zone)}` : ''}
                  </p>
                </div>
                {t.revokedAt ? null : (
                  <ActionButton
                    method="DELETE"
                    path={`/api/v1/tokens/${encodeURIComponent(t.id)}`}
                    label="Revoke"
                    busyLabel="Revoking…"
                    danger
                    confirm={`Revoke “${t.name}”? Anything using it stops working at once.`}
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
