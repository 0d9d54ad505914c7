import { describe, expect, it } from 'vitest';
import { maintenanceTimeline } from '@/lib/status/maintenance-timeline';
import { maintenance } from '@/lib/store/test-fixtures/documents';

describe('maintenanceTimeline', () => {
  const base = maintenance({
    id: 'm',
    name: 'M',
    scheduledFor: '2026-03-10T10:00:00.000Z',
    scheduledUntil: '2026-03-10T14:00:00.000Z',
  });

  it('adds a verifying entry when staff moved the maintenance to verifying', () => {
    const m = {
      ...base,
      manualStatus: 'verifying' as const,
      manualStatusAt: '2026-03-10T11:30:00.000Z',
      state: 'verifying' as const,
    };
    expect(maintenanceTimeline(m).map((e) => [e.update.status, e.kind])).toEqual([
      ['verifying', 'automatic'],
      ['in_progress', 'automatic'],
      ['scheduled', 'automatic'],
    ]);
  });

  it('ends a maintenance completed early at the moment staff completed it', () => {
    const m = {
      ...base,
      manualStatus: 'completed' as const,
      manualStatusAt: '2026-03-10T11:00:00.000Z',
      state: 'completed' as const,
    };
    expect(maintenanceTimeline(m)[0]?.update).toMatchObject({
      status: 'completed',
      displayAt: '2026-03-10T11:00:00.000Z',
    });
  });

  it('does not repeat a transition staff already posted', () => {
    const posted = {
      id: 'p',
      status: 'in_progress',
      body: 'Started.',
      createdAt: base.scheduledFor,
      updatedAt: base.scheduledFor,
      displayAt: base.scheduledFor,
      affectedComponents: [],
      author: 'x',
    };
    const m = { ...base, updates: [posted], state: 'in_progress' as const };
    expect(
      maintenanceTimeline(m)
        .filter((e) => e.update.status === 'in_progress')
        .map((e) => e.kind),
    ).toEqual(['posted']);
  });
});
