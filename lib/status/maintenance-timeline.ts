import type { IncidentUpdate, Maintenance } from '@/lib/store/schema';
import type { MaintenanceView } from '@/lib/status/state';

/** Updates newest first: by the time they are shown at, then by when they were written. */
export const newestFirst = (a: IncidentUpdate, b: IncidentUpdate) =>
  Date.parse(b.displayAt) - Date.parse(a.displayAt) || Date.parse(b.createdAt) - Date.parse(a.createdAt);

/** What Statuspage writes by itself when a maintenance starts or ends on schedule. */
const AUTOMATIC_MAINTENANCE_TEXT = {
  scheduled: 'We will be undergoing scheduled maintenance during this time.',
  in_progress: 'Scheduled maintenance is currently in progress. We will provide updates as necessary.',
  verifying: 'Verification is currently underway for the maintenance items.',
  completed: 'The scheduled maintenance has been completed.',
} as const;

export type TimelineEntryKind = 'posted' | 'automatic';

export interface MaintenanceTimelineEntry {
  update: IncidentUpdate;
  /** `automatic` entries come from the clock (start, end), not from staff; pages may word them in the viewer's language. */
  kind: TimelineEntryKind;
}

function automaticUpdate(
  m: Maintenance,
  status: keyof typeof AUTOMATIC_MAINTENANCE_TEXT,
  at: string,
  body: string,
): MaintenanceTimelineEntry {
  return {
    kind: 'automatic',
    update: {
      id: `${m.id}-${status}`,
      status,
      body,
      createdAt: at,
      updatedAt: at,
      displayAt: at,
      affectedComponents: [],
      author: '',
    },
  };
}

/**
 * A maintenance's updates, newest first: those staff posted, plus the announcement and the start and end
 * the clock produced (as Statuspage's automatic transitions do) when no posted update already says so.
 */
export function maintenanceTimeline(m: MaintenanceView): MaintenanceTimelineEntry[] {
  const posted: MaintenanceTimelineEntry[] = m.updates.map((update) => ({ update, kind: 'posted' }));
  const has = (status: string) => m.updates.some((u) => u.status === status);
  const entries = [...posted];
  if (!has('scheduled')) {
    entries.push(
      automaticUpdate(m, 'scheduled', m.createdAt, m.body.trim() || AUTOMATIC_MAINTENANCE_TEXT.scheduled),
    );
  }
  const endedEarlyAt = m.manualStatus === 'completed' ? m.manualStatusAt : null;
  const started =
    m.state === 'in_progress' ||
    m.state === 'verifying' ||
    (m.state === 'completed' &&
      (endedEarlyAt === null || Date.parse(endedEarlyAt) > Date.parse(m.scheduledFor)));
  if (started && !has('in_progress')) {
    entries.push(automaticUpdate(m, 'in_progress', m.scheduledFor, AUTOMATIC_MAINTENANCE_TEXT.in_progress));
  }
  if (m.manualStatus === 'verifying' && m.manualStatusAt !== null && started && !has('verifying')) {
    entries.push(automaticUpdate(m, 'verifying', m.manualStatusAt, AUTOMATIC_MAINTENANCE_TEXT.verifying));
  }
  if (m.state === 'completed' && !has('completed')) {
    const endedAt = endedEarlyAt ?? m.scheduledUntil;
    entries.push(automaticUpdate(m, 'completed', endedAt, AUTOMATIC_MAINTENANCE_TEXT.completed));
  }
  return entries.sort((a, b) => newestFirst(a.update, b.update));
}
