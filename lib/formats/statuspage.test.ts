import { describe, expect, it } from 'vitest';
import { seedDocument } from '@/lib/store/seed';
import { derivePageState } from '@/lib/status/state';
import { toStatuspageStatus } from '@/lib/formats/statuspage';
import type { SpSummary } from '@/lib/formats/statuspage-types';
import {
  statuspageDocument,
  statuspageEndpoints,
  StatuspageView,
  type StatuspageEndpoint,
} from '@/lib/formats/statuspage-view';
import { keyOrderProblems, spEndpointSchemas } from '@/lib/formats/test-support/statuspage-schema';
import { FIXTURE_NOW, fixtureDocument, maintenance } from '@/lib/store/test-fixtures/documents';

const endpoints = Object.keys(statuspageEndpoints) as StatuspageEndpoint[];

describe('statuspageDocument', () => {
  describe.each(endpoints)('%s', (endpoint) => {
    it('matches the Statuspage schema for the seed page', () => {
      const out = statuspageDocument(endpoint, seedDocument(), FIXTURE_NOW);
      expect(() => spEndpointSchemas[endpoint].parse(out)).not.toThrow();
    });

    it('matches the Statuspage schema with incidents and maintenances in every state', () => {
      const out = statuspageDocument(endpoint, fixtureDocument(), FIXTURE_NOW);
      const parsed = spEndpointSchemas[endpoint].safeParse(out);
      expect(parsed.error?.issues ?? []).toEqual([]);
    });

    it('writes keys in Statuspage order', () => {
      const out = JSON.parse(
        JSON.stringify(statuspageDocument(endpoint, fixtureDocument(), FIXTURE_NOW)),
      ) as unknown;
      expect(keyOrderProblems(out)).toEqual([]);
    });
  });

  it('answers the same JSON for the same document and instant', () => {
    const a = JSON.stringify(statuspageDocument('summary', fixtureDocument(), FIXTURE_NOW));
    const b = JSON.stringify(statuspageDocument('summary', fixtureDocument(), FIXTURE_NOW));
    expect(a).toBe(b);
  });
});

describe('toStatuspageStatus', () => {
  it.each([
    ['none', 'none', 'All Systems Operational'],
    ['minor', 'minor', 'Minor Service Outage'],
    ['major', 'major', 'Partial System Outage'],
    ['critical', 'critical', 'Major System Outage'],
    ['maintenance', 'none', 'Service Under Maintenance'],
  ] as const)('maps our %s to indicator %s', (ours, indicator, description) => {
    expect(toStatuspageStatus(ours)).toEqual({ indicator, description });
  });
});

describe('StatuspageView', () => {
  const view = new StatuspageView(fixtureDocument(), FIXTURE_NOW);

  it('lists group components with group: true and their member ids, members pointing back', () => {
    const { components } = view.componentsDocument();
    const group = components.find((c) => c.id === 'crm-online');
    expect(group).toMatchObject({
      group: true,
      group_id: null,
      components: ['web-client', 'mobile-apps', 'api', 'login'],
    });
    expect(components.find((c) => c.id === 'api')).toMatchObject({
      group: false,
      group_id: 'crm-online',
      status: 'partial_outage',
    });
    expect(components.find((c) => c.id === 'api')).not.toHaveProperty('components');
    expect(components.map((c) => c.id).slice(0, 5)).toEqual([
      'crm-online',
      'web-client',
      'mobile-apps',
      'api',
      'login',
    ]);
  });

  it('rolls a group up to its worst member', () => {
    expect(view.componentsDocument().components.find((c) => c.id === 'crm-online')?.status).toBe(
      'partial_outage',
    );
  });

  it('shows components under a running maintenance as under_maintenance', () => {
    expect(view.componentsDocument().components.find((c) => c.id === 'document-storage')?.status).toBe(
      'under_maintenance',
    );
  });

  it('lists only unresolved incidents in unresolved.json and the summary', () => {
    expect(view.unresolvedIncidents().incidents.map((i) => i.id)).toEqual(['inc-open']);
    expect(view.summary().incidents.map((i) => i.id)).toEqual(['inc-open']);
  });

  it('lists every incident, newest first, in incidents.json', () => {
    expect(view.allIncidents().incidents.map((i) => i.id)).toEqual(['inc-open', 'inc-resolved']);
  });

  it('writes incident updates newest first with affected components old → new', () => {
    const inc = view.allIncidents().incidents[0];
    expect(inc?.incident_updates.map((u) => u.status)).toEqual(['identified', 'investigating']);
    expect(inc?.incident_updates[0]?.affected_components).toEqual([
      {
        code: 'api',
        name: 'API and web services',
        old_status: 'degraded_performance',
        new_status: 'partial_outage',
      },
    ]);
    expect(inc?.incident_updates[0]?.incident_id).toBe('inc-open');
    expect(inc?.components.map((c) => c.id)).toEqual(['api']);
    expect(inc?.shortlink).toBe('https://status.superoffice.com/incidents/inc-open');
  });

  it('writes null affected_components for an update that changed no component', () => {
    const resolved = view.allIncidents().incidents.find((i) => i.id === 'inc-resolved');
    expect(resolved?.incident_updates.find((u) => u.status === 'monitoring')?.affected_components).toBeNull();
  });

  it('splits maintenances into upcoming and active, and the summary holds both, active first', () => {
    expect(view.upcomingMaintenances().scheduled_maintenances.map((m) => m.id)).toEqual(['mnt-upcoming']);
    expect(view.activeMaintenances().scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([
      ['mnt-active', 'in_progress'],
    ]);
    expect(view.summary().scheduled_maintenances.map((m) => m.id)).toEqual(['mnt-active', 'mnt-upcoming']);
  });

  it('never lists a cancelled maintenance, not even as upcoming', () => {
    const all = [
      ...view.allMaintenances().scheduled_maintenances,
      ...view.upcomingMaintenances().scheduled_maintenances,
      ...view.summary().scheduled_maintenances,
    ];
    expect(all.map((m) => m.id)).not.toContain('mnt-cancelled');
    expect(view.allMaintenances().scheduled_maintenances.map((m) => m.id)).toEqual([
      'mnt-upcoming',
      'mnt-active',
      'mnt-done',
    ]);
  });

  it('gives maintenances scheduled_for/scheduled_until, impact maintenance and automatic updates', () => {
    const done = view.allMaintenances().scheduled_maintenances.find((m) => m.id === 'mnt-done');
    expect(done).toMatchObject({ status: 'completed', impact: 'maintenance' });
    expect(done?.incident_updates.map((u) => u.status)).toEqual(['completed', 'in_progress', 'scheduled']);
    expect(done?.resolved_at).toBe(done?.scheduled_until);
    expect(done?.incident_updates[2]?.body).toBe('We will upgrade the database servers.');
  });

  it('keeps the indicator to none/minor/major/critical even while only maintenance runs', () => {
    const doc = seedDocument();
    doc.maintenances = [
      maintenance({
        id: 'm',
        name: 'Now',
        scheduledFor: '2026-03-10T11:00:00.000Z',
        scheduledUntil: '2026-03-10T13:00:00.000Z',
      }),
    ];
    expect(derivePageState(doc, FIXTURE_NOW).indicator).toBe('maintenance');
    const summary = statuspageDocument('summary', doc, FIXTURE_NOW) as SpSummary;
    expect(summary.status).toEqual({ indicator: 'none', description: 'Service Under Maintenance' });
  });
});
