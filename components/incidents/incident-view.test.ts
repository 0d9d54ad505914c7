import { describe, expect, it } from 'vitest';
import { historyView, MONTHS_PER_PAGE } from '@/components/incidents/history-view';
import { incidentPageView, type ViewContext } from '@/components/incidents/incident-view';
import { FIXTURE_NOW, fixtureDocument, incident } from '@/lib/store/test-fixtures/documents';

const ctx: ViewContext = { locale: 'en', formatLocale: 'en-GB', zone: 'Europe/Oslo', now: FIXTURE_NOW };

describe('incidentPageView', () => {
  it('shows an incident with its timeline newest first, component changes named, times in the viewer zone', () => {
    const view = incidentPageView(fixtureDocument(), 'inc-open', ctx);
    expect(view).toMatchObject({
      kind: 'incident',
      statusLabel: 'Identified',
      impactLabel: 'Major impact',
      open: true,
      endedText: null,
    });
    expect(view?.timeline.map((u) => u.statusLabel)).toEqual(['Identified', 'Investigating']);
    expect(view?.timeline[0]?.changes).toEqual([
      { id: 'api', name: 'API and web services', status: 'partial_outage', statusLabel: 'Partial outage' },
    ]);
    expect(view?.timeline[1]?.html).toContain('<strong>looking</strong>');
    expect(view?.startedText).toBe('10/03/2026, 12:15 (UTC+01:00)');
    const ny = incidentPageView(fixtureDocument(), 'inc-open', { ...ctx, zone: 'America/New_York' });
    expect(ny?.startedText).toBe('10/03/2026, 07:15 (UTC-04:00)');
  });

  it('gives a resolved incident its end and duration', () => {
    const view = incidentPageView(fixtureDocument(), 'inc-resolved', {
      ...ctx,
      locale: 'de',
      formatLocale: 'de',
    });
    expect(view).toMatchObject({ open: false, statusLabel: 'Behoben', durationText: '1 Stunde 30 Minuten' });
  });

  it('shows a maintenance under the same address, with the clock-made updates in the viewer language', () => {
    const view = incidentPageView(fixtureDocument(), 'mnt-done', {
      ...ctx,
      locale: 'nb',
      formatLocale: 'nb',
    });
    expect(view?.kind).toBe('maintenance');
    expect(view?.timeline.map((u) => u.statusLabel)).toEqual(['Fullført', 'Pågår', 'Planlagt']);
    expect(view?.timeline[0]?.html).toContain('Vedlikeholdet er fullført.');
  });

  it('says a cancelled maintenance was cancelled', () => {
    const view = incidentPageView(fixtureDocument(), 'mnt-cancelled', ctx);
    expect(view?.statusLabel).toBe('Cancelled');
    expect(view?.timeline[0]?.html).toContain('This maintenance was cancelled.');
  });

  it('renders messages safely', () => {
    const doc = fixtureDocument();
    doc.incidents.push(
      incident({
        id: 'xss',
        name: '<script>x</script>',
        updates: [
          {
            id: 'u',
            status: 'investigating',
            body: '<img src=x onerror=alert(1)> [a](javascript:alert(1))',
            createdAt: FIXTURE_NOW.toISOString(),
            updatedAt: FIXTURE_NOW.toISOString(),
            displayAt: FIXTURE_NOW.toISOString(),
            affectedComponents: [],
            author: '',
          },
        ],
      }),
    );
    const html = incidentPageView(doc, 'xss', ctx)?.timeline[0]?.html ?? '';
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript');
  });

  it('knows no unknown id', () => {
    expect(incidentPageView(fixtureDocument(), 'nope', ctx)).toBeNull();
  });
});

describe('historyView', () => {
  it('groups past incidents and maintenances by month in the viewer zone, newest first', () => {
    const view = historyView(fixtureDocument(), ctx, 1);
    expect(view.months.map((m) => m.key)).toEqual(['2026-03', '2026-02', '2026-01']);
    expect(view.months[0]?.label).toBe('March 2026');
    expect(view.months[0]?.items.map((i) => i.id)).toEqual([
      'mnt-active',
      'inc-open',
      'inc-resolved',
      'mnt-done',
    ]);
  });

  it('leaves out maintenances that have not started yet', () => {
    const ids = historyView(fixtureDocument(), ctx, 1).months.flatMap((m) => m.items.map((i) => i.id));
    expect(ids).not.toContain('mnt-upcoming');
    expect(ids).not.toContain('mnt-cancelled');
  });

  it('pages back through older months and clamps the page number', () => {
    const doc = fixtureDocument();
    doc.incidents.push(incident({ id: 'old', name: 'Old', startedAt: '2025-06-15T10:00:00.000Z' }));
    const view = historyView(doc, ctx, 99);
    expect(view.pages).toBe(Math.ceil(10 / MONTHS_PER_PAGE));
    expect(view.page).toBe(view.pages);
    expect(view.months.flatMap((m) => m.items.map((i) => i.id))).toEqual(['old']);
  });

  it('puts an incident just after midnight on the viewer\u2019s month', () => {
    const doc = fixtureDocument();
    doc.maintenances = [];
    doc.incidents = [incident({ id: 'edge', name: 'Edge', startedAt: '2026-02-28T23:30:00.000Z' })];
    expect(
      historyView(doc, ctx, 1)
        .months.find((m) => m.key === '2026-03')
        ?.items.map((i) => i.id),
    ).toEqual(['edge']);
    expect(
      historyView(doc, { ...ctx, zone: 'UTC' }, 1)
        .months.find((m) => m.key === '2026-02')
        ?.items.map((i) => i.id),
    ).toEqual(['edge']);
  });
});
