import { describe, expect, it } from 'vitest';
import { T0, testContext, testDoc } from '@/lib/store/test-fixtures/write-context';
import { setComponentStatus } from '@/lib/status/components';
import {
  addIncidentUpdate,
  createIncident,
  incidentInputSchema,
  resolveIncident,
} from '@/lib/status/incidents';
import { rescheduleMaintenance } from '@/lib/status/maintenance-reschedule';
import { cancelMaintenance, createMaintenance, maintenanceInputSchema } from '@/lib/status/maintenances';

const HOUR = 3_600_000;
const iso = (hours: number) => new Date(T0.getTime() + hours * HOUR).toISOString();
const incidentInput = incidentInputSchema.parse({
  name: 'Login is slow',
  status: 'investigating',
  impact: 'minor',
  body: 'Looking into it.',
  components: [{ id: 'login', status: 'degraded_performance' }],
});

describe('queueIncidentEvent (through the incident verbs)', () => {
  it('queues created, updated and resolved with the incident, the update and every touched component', () => {
    const doc = testDoc();
    const ctx = testContext();
    const incident = createIncident(doc, incidentInput, ctx);
    const { update } = addIncidentUpdate(
      doc,
      incident.id,
      { status: 'identified', body: 'Found it.', components: [{ id: 'api', status: 'partial_outage' }] },
      ctx,
    );
    resolveIncident(doc, incident.id, { body: 'Fixed.' }, ctx);
    expect(doc.pendingEvents?.map((e) => [e.type, e.componentIds])).toEqual([
      ['incident.created', ['login']],
      ['incident.updated', ['login', 'api']],
      ['incident.resolved', ['login', 'api']],
    ]);
    expect(doc.pendingEvents?.[1]).toMatchObject({
      incidentId: incident.id,
      updateId: update.id,
      at: T0.toISOString(),
    });
  });

  it('queues nothing for an update posted with notify: false', () => {
    const doc = testDoc();
    const incident = createIncident(doc, incidentInput, testContext());
    addIncidentUpdate(
      doc,
      incident.id,
      { status: 'monitoring', body: 'Quiet fix.', notify: false },
      testContext(),
    );
    resolveIncident(doc, incident.id, { body: 'Done.', notify: false }, testContext());
    expect(doc.pendingEvents?.map((e) => e.type)).toEqual(['incident.created']);
  });
});

describe('component.updated', () => {
  it('is queued when a status changes outside an incident, not when it stays the same', () => {
    const doc = testDoc();
    setComponentStatus(doc, 'api', { status: 'operational' }, testContext());
    setComponentStatus(doc, 'api', { status: 'major_outage' }, testContext());
    expect(doc.pendingEvents).toMatchObject([
      {
        type: 'component.updated',
        componentId: 'api',
        componentIds: ['api'],
        oldStatus: 'operational',
        newStatus: 'major_outage',
      },
    ]);
  });
});

describe('maintenance events', () => {
  const input = maintenanceInputSchema.parse({
    name: 'Database upgrade',
    scheduledFor: iso(48),
    scheduledUntil: iso(50),
    components: ['api'],
  });

  it('announces, reschedules (raising the sequence, keeping the old window) and cancels', () => {
    const doc = testDoc();
    const m = createMaintenance(doc, input, testContext());
    const moved = rescheduleMaintenance(
      doc,
      m.id,
      { scheduledFor: iso(72), scheduledUntil: iso(74) },
      testContext(),
    );
    expect(moved).toMatchObject({ sequence: 1, scheduledFor: iso(72) });
    const cancelled = cancelMaintenance(doc, m.id, testContext());
    expect(cancelled.sequence).toBe(2);
    expect(doc.pendingEvents).toMatchObject([
      { type: 'maintenance.announced', maintenanceId: m.id, componentIds: ['api'], previous: null },
      { type: 'maintenance.rescheduled', previous: { scheduledFor: iso(48), scheduledUntil: iso(50) } },
      { type: 'maintenance.cancelled' },
    ]);
  });

  it('refuses to move a maintenance to less than 24 h ahead without an emergency reason', () => {
    const doc = testDoc();
    const m = createMaintenance(doc, input, testContext());
    expect(() =>
      rescheduleMaintenance(doc, m.id, { scheduledFor: iso(23.9), scheduledUntil: iso(25) }, testContext()),
    ).toThrow(expect.objectContaining({ code: 'insufficient_notice' }));
    const moved = rescheduleMaintenance(
      doc,
      m.id,
      { scheduledFor: iso(2), scheduledUntil: iso(3), emergency: { reason: 'Security fix' } },
      testContext(),
    );
    expect(moved.emergency).toEqual({ reason: 'Security fix' });
  });

  it('refuses to move a maintenance that has started, and queues nothing when the window is unchanged', () => {
    const doc = testDoc();
    const m = createMaintenance(doc, input, testContext());
    rescheduleMaintenance(doc, m.id, { scheduledFor: iso(48), scheduledUntil: iso(50) }, testContext());
    expect(doc.pendingEvents).toHaveLength(1);
    const running = { ...testContext(), now: new Date(Date.parse(iso(49))) };
    expect(() =>
      rescheduleMaintenance(doc, m.id, { scheduledFor: iso(72), scheduledUntil: iso(74) }, running),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
  });
});
