import Link from 'next/link';
import type { ReactNode } from 'react';
import { AdminNav, type NavItem } from '@/components/admin/admin-nav';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { currentStaff } from '@/lib/next/require-staff';

const editorItems: NavItem[] = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/incidents', label: 'Incidents' },
  { href: '/admin/components', label: 'Components' },
  { href: '/admin/maintenances', label: 'Maintenance' },
  { href: '/admin/schedule', label: 'Recurring schedule' },
  { href: '/admin/audit', label: 'Audit log' },
];
const adminItems: NavItem[] = [
  { href: '/admin/staff', label: 'Staff' },
  { href: '/admin/tokens', label: 'API tokens' },
];

/**
 * The console shell. The gate is in each page (requireStaffPage, which knows where to come back to after signing
 * in; a layout is no security boundary): signed-out visitors get no shell, only the page's redirect.
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const principal = await currentStaff();
  if (!principal) return <>{children}</>;
  const items = principal.role === 'admin' ? [...editorItems, ...adminItems] : editorItems;
  return (
    <>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            <Link href="/admin" className="font-semibold">
              Staff console
            </Link>
            <Link href="/" className="text-sm text-muted underline">
              View public page
            </Link>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-muted">
              {principal.actor.name} · {principal.role}
            </span>
            {principal.via === 'session' ? <SignOutButton /> : null}
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2">
          <AdminNav items={items} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
