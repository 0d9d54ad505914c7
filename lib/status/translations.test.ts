import { describe, expect, it } from 'vitest';
import { isDomainError } from '@/lib/core/errors';
import { testContext, testDoc } from '@/lib/store/test-fixtures/write-context';
import { componentPatchInputSchema, patchComponent } from '@/lib/status/components';
import { createIncident, incidentInputSchema, incidentUpdateInputSchema } from '@/lib/status/incidents';
import { maintenanceInputSchema } from '@/lib/status/maintenances';
import { pageTextsInputSchema } from '@/lib/status/page-texts';
import { mergeTranslations } from '@/lib/status/translations';

const incident = {
  name: 'Web client slow',
  status: 'investigating',
  impact: 'minor',
  body: 'We are looking into it.',
};
const maintenance = {
  name: 'Database upgrade',
  scheduledFor: '2026-06-01T20:00:00Z',
  scheduledUntil: '2026-06-01T22:00:00Z',
};

function fields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.map(String).join('.'));
}

describe('translations in write bodies', () => {
  it.each([
    [
      'an unknown language',
      incidentInputSchema,
      { ...incident, translations: { fr: { name: 'Lent' } } },
      'translations.fr',
    ],
    [
      'an empty name',
      incidentInputSchema,
      { ...incident, translations: { nb: { name: '  ' } } },
      'translations.nb.name',
    ],
    [
      'a body over 20,000 characters',
      incidentInputSchema,
      { ...incident, translations: { de: { body: 'x'.repeat(20001) } } },
      'translations.de.body',
    ],
    [
      'a name over 300 characters',
      maintenanceInputSchema,
      { ...maintenance, translations: { nl: { name: 'x'.repeat(301) } } },
      'translations.nl.name',
    ],
    [
      'a field updates do not have',
      incidentUpdateInputSchema,
      { status: 'identified', body: 'Found it.', translations: { sv: { name: 'Namn' } } },
      'translations.sv',
    ],
    [
      'a component description over 1,000 characters',
      componentPatchInputSchema,
      { translations: { da: { description: 'x'.repeat(1001) } } },
      'translations.da.description',
    ],
    [
      'a page name that is empty',
      pageTextsInputSchema,
      { translations: { sv: { name: '' } } },
      'translations.sv.name',
    ],
  ])('refuses %s, naming the field', (_what, schema, body, field) => {
    const result = schema.safeParse(body);
    expect(result.success).toBe(false);
    expect(fields(result)).toContain(field);
  });

  it('accepts translations in some languages and not others', () => {
    const result = incidentInputSchema.safeParse({
      ...incident,
      translations: { nb: { name: 'Treg webklient' } },
    });
    expect(result.success).toBe(true);
  });

  it('refuses the default language as a key, naming it', () => {
    const input = incidentInputSchema.parse({ ...incident, translations: { en: { name: 'Slow' } } });
    let error: unknown;
    try {
      createIncident(testDoc(), input, testContext());
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('invalid_request');
    expect(isDomainError(error) && error.details).toEqual([
      expect.objectContaining({ field: 'translations.en' }),
    ]);
  });
});

describe('patchComponent', () => {
  it('translates a group without touching any status', () => {
    const doc = testDoc();
    const input = componentPatchInputSchema.parse({ translations: { nb: { name: 'Integrasjoner' } } });
    const result = patchComponent(doc, 'integrations', input, testContext());
    expect(result.kind).toBe('group');
    expect(doc.groups.find((g) => g.id === 'integrations')?.translations?.nb?.name).toBe('Integrasjoner');
  });

  it('refuses a status for a group', () => {
    const input = componentPatchInputSchema.parse({ status: 'major_outage' });
    expect(() => patchComponent(testDoc(), 'integrations', input, testContext())).toThrow(/group/);
  });

  it('keeps other translations and removes one sent as null', () => {
    const doc = testDoc();
    const input = componentPatchInputSchema.parse({ translations: { nb: { description: null } } });
    patchComponent(doc, 'web-client', input, testContext());
    const nb = doc.components.find((c) => c.id === 'web-client')?.translations?.nb;
    expect(nb).toEqual({ name: 'Webklient' });
  });
});

describe('mergeTranslations', () => {
  it('drops a language left with no field', () => {
    expect(mergeTranslations({ nb: { name: 'A' } }, { nb: { name: null } })).toBeUndefined();
  });
});
