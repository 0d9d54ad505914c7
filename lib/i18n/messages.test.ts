import { describe, expect, it } from 'vitest';
import { errorCodes } from '@/lib/core/errors';
import { locales } from '@/lib/core/locales';
import { localeTags } from '@/lib/i18n/locales';
import { getMessages, loadMessages } from '@/lib/i18n/messages';
import { isPluralMessage } from '@/lib/i18n/translator';
import {
  componentStatuses,
  impacts,
  incidentStatuses,
  indicators,
  maintenanceStatuses,
} from '@/lib/core/vocab';
import { seedDocument } from '@/lib/store/seed';

/** Every message as [dotted key, text]; a plural message gives one entry per form ('….one', '….other'). */
function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (typeof node !== 'object' || node === null) return [[prefix, `<not a message: ${String(node)}>`]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? ''))].sort();
}

const english = new Map(leaves(getMessages('en')));
const others = locales.filter((locale) => locale !== 'en');

describe('getMessages', () => {
  it('has a good number of English messages to compare against', () => {
    expect(english.size).toBeGreaterThan(200);
  });

  it.each(locales)('%s has every key of English and no other', (locale) => {
    expect([...new Map(leaves(getMessages(locale))).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(locales)('%s has no empty or untrimmed message', (locale) => {
    for (const [key, text] of leaves(getMessages(locale))) {
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(text, `${locale} ${key}`).toBe(text.trim());
    }
  });

  it.each(locales)('%s uses the same placeholders as English in every message', (locale) => {
    for (const [key, text] of leaves(getMessages(locale))) {
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it.each(locales)('%s needs no plural forms beyond one and other', (locale) => {
    const categories = new Intl.PluralRules(localeTags[locale]).resolvedOptions().pluralCategories;
    expect([...categories].sort()).toEqual(['one', 'other']);
  });

  it.each(others)('%s is translated, not copied from English', (locale) => {
    // The same in English and some of our languages; anything else identical to English is a forgotten copy.
    const sameEverywhere = new Set([
      'Status',
      'Webhooks',
      'Status: {status}',
      'Privacy',
      'Impact',
      'Impact: {impact}',
      'Updates',
      'Incident',
      '{count} incident',
      'Download .ics',
      '© {year} SuperOffice AS',
      'Console',
      'system',
      'Name',
      'Name (optional)',
      'Name ({language})',
    ]);
    const copied = leaves(getMessages(locale)).filter(
      ([key, text]) =>
        english.get(key) === text &&
        /\p{L}/u.test(text.replace(/\{[^}]*\}/g, '')) &&
        !sameEverywhere.has(text),
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('writes the native phrases customers expect', () => {
    const expected = {
      en: ['All systems operational', 'Scheduled maintenance'],
      nb: ['Alle systemer fungerer', 'Planlagt vedlikehold'],
      sv: ['Alla system fungerar', 'Planerat underhåll'],
      da: ['Alle systemer kører', 'Planlagt vedligeholdelse'],
      nl: ['Alle systemen operationeel', 'Gepland onderhoud'],
      de: ['Alle Systeme betriebsbereit', 'Geplante Wartung'],
    } as const;
    for (const locale of locales) {
      const { status, embed } = getMessages(locale);
      expect([status.indicator.none, status.scheduledMaintenance]).toEqual(expected[locale]);
      expect(embed.allOperational).toBe(status.indicator.none);
    }
  });

  it('uses the real letters æ ø å ä ö ü ß', () => {
    const text = (locale: (typeof locales)[number]) =>
      leaves(getMessages(locale))
        .map(([, t]) => t)
        .join(' ');
    expect(text('nb')).toMatch(/æ/);
    expect(text('nb')).toMatch(/ø/);
    expect(text('nb')).toMatch(/å/);
    expect(text('da')).toMatch(/[æøå]/);
    expect(text('sv')).toMatch(/[äöå]/);
    expect(text('de')).toMatch(/[äöüß]/);
    expect(text('de')).toMatch(/ß/);
  });
});

describe('message areas', () => {
  const { status, calendar, errors } = getMessages('en');

  it('name every status word of lib/status/vocab.ts', () => {
    expect(Object.keys(status.component)).toEqual([...componentStatuses]);
    expect(Object.keys(status.incident)).toEqual([...incidentStatuses]);
    expect(Object.keys(status.impact)).toEqual([...impacts]);
    expect(Object.keys(status.maintenance)).toEqual([...maintenanceStatuses]);
    expect(Object.keys(status.indicator)).toEqual([...indicators]);
  });

  it('name every window status of GET /api/v1/calendar', () => {
    expect(Object.keys(calendar.status)).toEqual([
      'scheduled',
      'reserved',
      'in_progress',
      'completed',
      'cancelled',
    ]);
  });

  it('describe every recurring rule of the seed page', () => {
    expect(Object.keys(calendar.rules).sort()).toEqual(
      seedDocument()
        .rules.map((rule) => rule.id)
        .sort(),
    );
  });

  it('keep the English rule titles of the seed', () => {
    for (const rule of seedDocument().rules) {
      expect(calendar.rules[rule.id as keyof typeof calendar.rules].title).toBe(rule.title);
    }
  });

  it('explain only error codes the API has', () => {
    for (const code of Object.keys(errors.api)) expect(errorCodes).toContain(code);
  });
});

describe('loadMessages', () => {
  it.each(locales)('loads %s on its own, the same messages as getMessages', async (locale) => {
    await expect(loadMessages(locale)).resolves.toBe(getMessages(locale));
  });
});

describe('isPluralMessage', () => {
  it('recognises plural messages', () => {
    expect(isPluralMessage(getMessages('en').time.future.day)).toBe(true);
    expect(isPluralMessage(getMessages('en').time)).toBe(false);
    expect(isPluralMessage('in 3 days')).toBe(false);
  });
});
