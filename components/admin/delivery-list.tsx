import type { Delivery } from '@/lib/store/notification-schema';
import { formatInstant } from '@/components/admin/labels';
import { Badge } from '@/components/admin/status-badge';
import { deliveryStateLabel, deliveryStateTone } from '@/components/admin/subscription-labels';

/** Deliveries as a table: when, what, to whom, state, tries and the last answer. */
export function DeliveryTable({
  deliveries,
  recipients,
  zone,
  caption,
}: {
  deliveries: Delivery[];
  recipients?: Map<string, string>;
  zone: string;
  caption: string;
}) {
  if (deliveries.length === 0) return <p className="text-sm text-muted">{caption}: none.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th className="py-1 pr-3">Updated</th>
            <th className="py-1 pr-3">Event</th>
            {recipients ? <th className="py-1 pr-3">To</th> : null}
            <th className="py-1 pr-3">State</th>
            <th className="py-1 pr-3">Tries</th>
            <th className="py-1">Last answer</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} className="border-b border-border align-top">
              <td className="py-1 pr-3 whitespace-nowrap">{formatInstant(d.updatedAt, zone)}</td>
              <td className="py-1 pr-3">{d.eventType}</td>
              {recipients ? (
                <td className="py-1 pr-3 break-all">{recipients.get(d.subscriberId) ?? '(removed)'}</td>
              ) : null}
              <td className="py-1 pr-3">
                <Badge tone={deliveryStateTone[d.state]}>{deliveryStateLabel[d.state]}</Badge>
                {d.state === 'retrying' ? (
                  <span className="block text-xs text-muted">
                    next {formatInstant(d.nextAttemptAt, zone)}
                  </span>
                ) : null}
              </td>
              <td className="py-1 pr-3 tabular-nums">{d.attempts}</td>
              <td className="py-1 break-words">
                {d.lastStatus !== null ? `${d.lastStatus} ` : ''}
                {d.lastError ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
