import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { htmlLang } from '@/lib/i18n/locales';
import { getLocale, getThemeCookie } from '@/lib/next/request';
import { getStore } from '@/lib/store';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { doc } = await getStore().load();
  return {
    title: { default: doc.page.name, template: `%s · ${doc.page.name}` },
    description: doc.page.description,
    applicationName: doc.page.name,
    metadataBase: new URL(doc.page.url),
    alternates: { types: { 'application/atom+xml': '/history.atom' } },
    robots: { index: true, follow: true },
    icons: { icon: [{ url: '/favicon.svg', type: 'image/svg+xml' }] },
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
