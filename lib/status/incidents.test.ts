import { describe, expect, it } from 'vitest';
import { T0, testContext, testDoc } from '@/lib/store/test-fixtures/write-context';
import {
  addIncidentUpdate,
  createIncident,
  incidentInputSchema,
  incidentUpdateInputSchema,
  postmortemInputSchema,
  publishPostmortem,
  resolveIncident,
} from './incidents';

const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const input = {
  name: 'Web client slow',
  status: 'investigating' as const,
  impact: 'minor' as const,
  body: 'We are looking into it.',
  components: [{ id: 'web-client', status: 'degraded_performance' as const }],
};

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((i) => i.path.map(String).join('.'));
}

describe('incidentInputSchema', () => {
  it.each([
    [{ ...input, name: '   ' }, 'name'],
    [{ ...input, name: 'x'.repeat(301) }, 'name'],
    [{ ...input, status: 'postmortem' }, 'status'],
    [{ ...input, status: 'on fire' }, 'status'],
    [{ ...input, impact: 'huge' }, 'impact'],
    [{ ...input, body: '' }, 'body'],
    [{ ...input, components: [{ id: 'api', status: 'gone' }] }, 'components.0.status'],
    [{ ...input, components: 'api' }, 'components'],
    [{ ...input, extra: true }, ''],
  ])('names the bad field (%#)', (body, field) => {
    const result = incidentInputSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(fieldsOf(result)).toContain(field);
  });

  it('trims the name and accepts an incident without components', () => {
    const { components: _c, ...rest } = input;
    expect(incidentInputSchema.parse({ ...rest, name: '  Login down ' }).name).toBe('Login down');
  });
});

describe('incidentUpdateInputSchema / postmortemInputSchema', () => {
  it('refuses a postmortem status on an update and an empty post-mortem', () => {
    expect(incidentUpdateInputSchema.safeParse({ status: 'postmortem', body: 'x' }).success).toBe(false);
    expect(postmortemInputSchema.safeParse({ body: ' ' }).success).toBe(false);
  });
});

describe('createIncident', () => {
  it('creates the incident with its first update and moves the named components', () => {
    const doc = testDoc();
    const incident = createIncident(doc, input, testContext());
    expect(incident).toMatchObject({
      id: 'id-1',
      name: 'Web client slow',
      status: 'investigating',
      impact: 'minor',
      startedAt: T0.toISOString(),
      resolvedAt: null,
      componentIds: ['web-client'],
    });
    expect(incident.updates).toEqual([
      expect.objectContaining({
        id: 'id-2',
        status: 'investigating',
        body: 'We are looking into it.',
        author: 'ada@example.com',
        affectedComponents: [
          {
            id: 'web-client',
            name: 'Web client',
            oldStatus: 'operational',
            newStatus: 'degraded_performance',
          },
        ],
      }),
    ]);
    expect(doc.components.find((c) => c.id === 'web-client')?.status).toBe('degraded_performance');
    expect(doc.incidents).toHaveLength(1);
  });

  it('can record an incident that is already resolved', () => {
    const incident = createIncident(testDoc(), { ...input, status: 'resolved' }, testContext());
    expect(incident.resolvedAt).toBe(T0.toISOString());
  });
});

describe('addIncidentUpdate', () => {
  it('moves the incident along, records component changes and the monitoring time', () => {
    const doc = testDoc();
    const ctx = testContext();
    const { id } = createIncident(doc, input, ctx);
    const { incident, update } = addIncidentUpdate(
      doc,
      id,
      {
        status: 'monitoring',
        body: 'Fix deployed.',
        impact: 'major',
        components: [{ id: 'api', status: 'partial_outage' }],
      },
      { ...ctx, now: later(30) },
    );
    expect(incident).toMatchObject({
      status: 'monitoring',
      impact: 'major',
      monitoringAt: later(30).toISOString(),
      componentIds: ['web-client', 'api'],
    });
    expect(update.affectedComponents).toEqual([
      { id: 'api', name: 'API and web services', oldStatus: 'operational', newStatus: 'partial_outage' },
    ]);
    expect(incident.updates).toHaveLength(2);
  });

  it('reopens a resolved incident and clears its resolution time', () => {
    const doc = testDoc();
    const ctx = testContext();
    const { id } = createIncident(doc, { ...input, status: 'resolved' }, ctx);
    const { incident } = addIncidentUpdate(doc, id, { status: 'identified', body: 'It is back.' }, ctx);
    expect(incident.resolvedAt).toBeNull();
  });

  it('answers not_found for an unknown incident', () => {
    expect(() =>
      addIncidentUpdate(testDoc(), 'nope', { status: 'identified', body: 'x' }, testContext()),
    ).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('resolveIncident', () => {
  it('resolves and returns every touched component to operational', () => {
    const doc = testDoc();
    const ctx = testContext();
    const { id } = createIncident(doc, input, ctx);
    const { incident, update } = resolveIncident(doc, id, { body: 'All good.' }, { ...ctx, now: later(60) });
    expect(incident).toMatchObject({ status: 'resolved', resolvedAt: later(60).toISOString() });
    expect(update.affectedComponents).toEqual([
      { id: 'web-client', name: 'Web client', oldStatus: 'degraded_performance', newStatus: 'operational' },
    ]);
    expect(doc.components.every((c) => c.status === 'operational')).toBe(true);
  });

  it('can leave components as they are', () => {
    const doc = testDoc();
    const { id } = createIncident(doc, input, testContext());
    resolveIncident(doc, id, { body: 'Resolved.', restoreComponents: false }, testContext());
    expect(doc.components.find((c) => c.id === 'web-client')?.status).toBe('degraded_performance');
  });
});

describe('publishPostmortem', () => {
  it('needs a resolved incident, then sets the text and the postmortem status', () => {
    const doc = testDoc();
    const ctx = testContext();
    const { id } = createIncident(doc, input, ctx);
    expect(() => publishPostmortem(doc, id, { body: 'What happened' }, ctx)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    resolveIncident(doc, id, { body: 'Fixed.' }, ctx);
    const incident = publishPostmortem(doc, id, { body: 'What happened' }, { ...ctx, now: later(120) });
    expect(incident).toMatchObject({
      status: 'postmortem',
      postmortem: 'What happened',
      resolvedAt: T0.toISOString(),
    });
  });
});
