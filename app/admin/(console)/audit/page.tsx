import type { Metadata } from 'next';
import { formatInstant } from '@/components/admin/labels';
import { requireStaffPage } from '@/lib/next/require-staff';
import { getStore } from '@/lib/store';

export const metadata: Metadata = { title: 'Audit log' };

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
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-muted">Every change, newest first (the latest {LIMIT}).</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse rounded-lg border border-border bg-surface text-sm">
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="px-3 py-2">
                When
              </th>
              <th scope="col" className="px-3 py-2">
                Who
              </th>
              <th scope="col" className="px-3 py-2">
                Action
              </th>
              <th scope="col" className="px-3 py-2">
                Target
              </th>
              <th scope="col" className="px-3 py-2">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.revision}-${i}`} className="border-b border-border align-top">
                <td className="px-3 py-2 whitespace-nowrap">{formatInstant(e.at, zone)}</td>
                <td className="px-3 py-2">
                  {e.actor} <span className="text-muted">({e.actorKind})</span>
                </td>
                <td className="px-3 py-2 font-mono">{e.action}</td>
                <td className="px-3 py-2 font-mono break-all">{e.target}</td>
                <td className="px-3 py-2 font-mono text-xs break-all text-muted">
                  {e.before !== undefined ? `${summary(e.before)} → ` : ''}
                  {summary(e.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
