import { describe, expect, it } from 'vitest';
import { uptimeBarProps } from '@/components/uptime/uptime-props';
import { change, incident, update } from '@/lib/store/test-fixtures/documents';
import { seedDocument } from '@/lib/store/seed';
import { uptimeReport } from '@/lib/status/uptime';

describe('uptimeBarProps', () => {
  const doc = seedDocument();
  doc.incidents = [
    incident({
      id: 'a',
      name: 'API down',
      status: 'resolved',
      startedAt: '2026-06-10T08:00:00.000Z',
      resolvedAt: '2026-06-10T10:24:00.000Z',
      componentIds: ['api'],
      updates: [
        update('1', 'investigating', '2026-06-10T08:00:00.000Z', 'Down', [
          change('api', 'operational', 'major_outage'),
        ]),
        update('2', 'resolved', '2026-06-10T10:24:00.000Z', 'Up', [
          change('api', 'major_outage', 'operational'),
        ]),
      ],
    }),
  ];
  const report = uptimeReport(doc, new Date('2026-06-20T12:00:00.000Z'));
  const api = report.components.find((c) => c.id === 'api');
  if (!api) throw new Error('no api');

  it('writes the percentage and the day summaries in the viewer language', () => {
    const props = uptimeBarProps(api, 'de', 'de');
    expect(props.percentText).toMatch(/^99,8\d % Verfügbarkeit$|^99,8\d\s%/);
    const day = props.days.find((d) => d.date === '2026-06-10');
    expect(day?.status).toBe('major_outage');
    expect(day?.incidents).toEqual([{ id: 'a', name: 'API down' }]);
    expect(props.days).toHaveLength(90);
  });

  it('labels each bar with its date and what happened', () => {
    const props = uptimeBarProps(api, 'en', 'en-GB');
    expect(props.days.find((d) => d.date === '2026-06-10')?.label).toBe(
      '10 Jun 2026: Major outage · 1 incident',
    );
    expect(props.days.find((d) => d.date === '2026-06-11')?.label).toBe('11 Jun 2026: No downtime recorded');
  });
});
