import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Every console response is rendered per request for the signed-in member and never stored by any cache.
export const dynamic = 'force-dynamic';
export const fetchCache = 'force-no-store';

export const metadata: Metadata = {
  title: { default: 'Staff console', template: '%s · Staff console' },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-bg text-text">{children}</div>;
}
