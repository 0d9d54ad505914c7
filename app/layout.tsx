import { localizeDocument } from '@/lib/status/localize';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { htmlLang } from '@/lib/i18n/locales';
import { getLocale, getThemeCookie } from '@/lib/next/request';
import { derivePageState } from '@/lib/status/state';
import { getStore } from '@/lib/store';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const stored = (await getStore().load()).doc;
  const { doc } = localizeDocument(stored, await getLocale());
  // The status in the address too: browsers keep favicons long, and a new address makes a tab show the change.
  const { indicator } = derivePageState(doc, new Date());
  return {
    title: { default: doc.page.name, template: `%s · ${doc.page.name}` },
    description: doc.page.description,
    applicationName: doc.page.name,
    metadataBase: new URL(doc.page.url),
    alternates: { types: { 'application/atom+xml': '/history.atom' } },
    robots: { index: true, follow: true },
    icons: { icon: [{ url: `/favicon.svg?status=${indicator}`, type: 'image/svg+xml' }] },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f7f9' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1319' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme] = await Promise.all([getLocale(), getThemeCookie()]);
  return (
    <html lang={htmlLang(locale)} data-theme={theme === 'auto' ? undefined : theme}>
      <body className="min-h-dvh bg-bg font-sans text-text antialiased">{children}</body>
    </html>
  );
}
