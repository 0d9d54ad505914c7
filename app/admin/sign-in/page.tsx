import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { SignInForm } from '@/components/admin/sign-in-form';
import { currentStaff } from '@/lib/next/require-staff';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ c }) => c('signIn.title'));

/** Only console paths are valid destinations after signing in (no open redirect). */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && /^\/admin(?:[/?#]|$)/.test(next) && !next.startsWith('//') ? next : '/admin';
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNext((await searchParams).next);
  if (await currentStaff()) redirect(next);
  const { c } = await consoleText();
  const [before, after] = c('signIn.noAccount', { command: '\u0000' }).split('\u0000');
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">{c('signIn.title')}</h1>
      <p className="mt-1 mb-6 text-sm text-muted">{c('signIn.intro')}</p>
      <div className="rounded-lg border border-border bg-surface p-6 shadow-sm">
        <SignInForm next={next} />
      </div>
      <p className="mt-6 text-sm text-muted">
        {before}
        <code className="rounded bg-surface-2 px-1">npm run staff:add</code>
        {after}
      </p>
    </main>
  );
}
