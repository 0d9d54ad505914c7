import { describe, expect, it } from 'vitest';
import { localizedCalendar } from '@/lib/formats/calendar';
import { localizeDocument } from '@/lib/status/localize';
import { FIXTURE_NOW, fixtureDocument, maintenance } from '@/lib/store/test-fixtures/documents';

function calendarIn(lang: 'en' | 'nb' | 'sv') {
  const doc = fixtureDocument();
  doc.maintenances.push(
    maintenance({
      id: 'db-upgrade',
      name: 'Database upgrade',
      scheduledFor: '2026-03-14T22:00:00.000Z',
      scheduledUntil: '2026-03-14T23:00:00.000Z',
      translations: { nb: { name: 'Databaseoppgradering' } },
    }),
  );
  const calendar = localizedCalendar(
    localizeDocument(doc, lang),
    { from: '2026-03-14', to: '2026-03-16', tz: 'Europe/Oslo' },
    lang,
    FIXTURE_NOW,
  );
  const window = calendar.windows.find((w) => w.maintenanceId === 'db-upgrade');
  const rule = calendar.windows.find((w) => w.ruleId !== null && w.maintenanceId === null);
  return { window, rule };
}

describe('localizedCalendar', () => {
  it('names a translated maintenance in the asked language, with no language mark', () => {
    const { window } = calendarIn('nb');
    expect(window?.title).toBe('Databaseoppgradering');
    expect(window).not.toHaveProperty('titleLang');
  });

  it('marks an untranslated maintenance name with the language it falls back to', () => {
    const { window } = calendarIn('sv');
    expect(window?.title).toBe('Database upgrade');
    expect(window?.titleLang).toBe('en');
  });

  it('marks nothing in the default language, nor a rule title (always in the asked language)', () => {
    expect(calendarIn('en').window).not.toHaveProperty('titleLang');
    const { rule } = calendarIn('sv');
    expect(rule).toBeDefined();
    expect(rule).not.toHaveProperty('titleLang');
  });
});
