import type { Metadata } from 'next';
import { consoleText, consoleTitle } from '@/components/admin/console-server';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';
import { ConsoleTable } from '@/components/admin/console-table';

export const generateMetadata = (): Promise<Metadata> => consoleTitle(({ c }) => c('audit.title'));

const LIMIT = 200;

function summary(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

export default async function AuditPage() {
  await requireStaffPage('/admin/audit');
  const store = getStore();
  const [{ doc }, entries] = await Promise.all([store.load(), store.readAudit(LIMIT)]);
  const zone = doc.page.timeZone;
  const { c, when } = await consoleText();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{c('audit.title')}</h1>
      <p className="text-muted">{c('audit.intro', { count: LIMIT })}</p>
      <div className="overflow-x-auto">
        <ConsoleTable
          columns={[c('audit.when'), c('audit.who'), c('audit.action'), c('audit.target'), c('audit.change')]}
        >
          {entries.map((e, i) => (
            <tr key={`${e.revision}-${i}`} className="border-b border-border align-top">
              <td className="px-3 py-2 whitespace-nowrap">{when(e.at, zone)}</td>
              <td className="px-3 py-2">
                {e.actor} <span className="text-muted">({c(`audit.kinds.${e.actorKind}`)})</span>
              </td>
              <td className="px-3 py-2 font-mono">{e.action}</td>
              <td className="px-3 py-2 font-mono break-all">{e.target}</td>
              <td className="px-3 py-2 font-mono text-xs break-all text-muted">
                {e.before !== undefined ? `${summary(e.before)} → ` : ''}
                {summary(e.after)}
              </td>
            </tr>
          ))}
        </ConsoleTable>
      </div>
    </div>
  );
}
