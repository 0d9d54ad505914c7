'use client';

import { impacts, isOneOf, type Impact, type IncidentStatus } from '@/lib/core/vocab';
import { useConsoleText } from './console-text';
import { SelectField } from './fields';

/** The statuses staff choose when posting or updating an incident (postmortem is written apart). */
export const postableStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
] as const satisfies readonly IncidentStatus[];
export type PostableStatus = (typeof postableStatuses)[number];

/** A stored status as a form's starting choice; anything else starts at "investigating". */
export function postableOr(status: string | undefined): PostableStatus {
  return status !== undefined && isOneOf(postableStatuses, status) ? status : 'investigating';
}

/** The status and impact selects side by side, as the incident, update and template forms show them. */
export function StatusImpactFields({
  idPrefix,
  labels,
  status,
  impact,
  onStatus,
  onImpact,
  error,
}: {
  idPrefix: string;
  labels: { status: string; impact: string };
  status: PostableStatus;
  impact: Impact;
  onStatus: (status: PostableStatus) => void;
  onImpact: (impact: Impact) => void;
  error: (field: string) => string | undefined;
}) {
  const { status: words } = useConsoleText();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id={`${idPrefix}status`}
        label={labels.status}
        value={status}
        options={postableStatuses}
        labels={words.incident}
        error={error('status')}
        onChange={onStatus}
      />
      <SelectField
        id={`${idPrefix}impact`}
        label={labels.impact}
        value={impact}
        options={impacts}
        labels={words.impact}
        error={error('impact')}
        onChange={onImpact}
      />
    </div>
  );
}
