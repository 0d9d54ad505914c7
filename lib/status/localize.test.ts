import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeDocumentSchema } from '@/lib/store/schema';
import { testContext, testDoc } from '@/lib/store/test-fixtures/write-context';
import { createIncident } from '@/lib/status/incidents';
import { localizeDocument, resolveText } from '@/lib/status/localize';

describe('resolveText', () => {
  const translations = { nb: { name: 'Treg webklient' }, de: { name: 'Langsamer Web-Client' } };

  it.each([
    ['nb', 'Treg webklient', 'nb'],
    ['de', 'Langsamer Web-Client', 'de'],
    ['sv', 'Slow web client', 'en'],
    ['en', 'Slow web client', 'en'],
  ] as const)('%s reads %j in %s', (requested, text, lang) => {
    expect(resolveText('Slow web client', translations, 'name', requested, 'en')).toEqual({ text, lang });
  });

  it('never picks a translation into the default language over the main text', () => {
    expect(resolveText('Main', { en: { name: 'Other' } }, 'name', 'en', 'en').text).toBe('Main');
  });

  it('falls back to the default text when there are no translations at all', () => {
    expect(resolveText('Main', undefined, 'name', 'nl', 'en')).toEqual({ text: 'Main', lang: 'en' });
  });

  it('falls back to a page default other than English', () => {
    expect(resolveText('Hovedtekst', { de: { name: 'Text' } }, 'name', 'sv', 'nb')).toEqual({
      text: 'Hovedtekst',
      lang: 'nb',
    });
  });
});

describe('localizeDocument', () => {
  function docWithIncident() {
    const doc = testDoc();
    const incident = createIncident(
      doc,
      {
        name: 'Login problems',
        status: 'investigating',
        impact: 'major',
        body: 'Some users cannot sign in.',
        components: [{ id: 'login', status: 'partial_outage' }],
        translations: {
          nb: { name: 'Problemer med pålogging', body: 'Noen brukere får ikke logget på.' },
          de: { name: 'Anmeldeprobleme' },
        },
      },
      testContext(),
    );
    return { doc, incident };
  }

  it('resolves incidents, updates, components and groups, and knows which texts fell back', () => {
    const { doc, incident } = docWithIncident();
    const nb = localizeDocument(doc, 'nb');
    const shown = nb.doc.incidents[0];
    expect(shown?.name).toBe('Problemer med pålogging');
    expect(shown?.updates[0]?.body).toBe('Noen brukere får ikke logget på.');
    expect(shown?.updates[0]?.affectedComponents[0]?.name).toBe('Innlogging (SuperID)');
    expect(nb.doc.components.find((c) => c.id === 'web-client')?.name).toBe('Webklient');
    expect(nb.doc.groups.find((g) => g.id === 'integrations')?.name).toBe(
      'Integrasjoner og underdatabehandlere',
    );
    expect(nb.fallbackLang('incident', incident.id, 'name')).toBeUndefined();

    const de = localizeDocument(doc, 'de');
    expect(de.doc.incidents[0]?.name).toBe('Anmeldeprobleme');
    expect(de.doc.incidents[0]?.updates[0]?.body).toBe('Some users cannot sign in.');
    expect(de.fallbackLang('update', incident.updates[0]?.id ?? '', 'body')).toBe('en');
  });

  it('leaves the stored document untouched', () => {
    const { doc } = docWithIncident();
    const before = JSON.stringify(doc);
    localizeDocument(doc, 'nb');
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('marks every text of an untranslated language as the default language', () => {
    const { doc, incident } = docWithIncident();
    const sv = localizeDocument(doc, 'sv');
    expect(sv.doc.incidents[0]?.name).toBe('Login problems');
    expect(sv.fallbackLang('incident', incident.id, 'name')).toBe('en');
    expect(sv.fallbackLang('component', 'web-client', 'name')).toBeUndefined();
  });
});

describe('a store written before translations', () => {
  it('reads in every language, falling back to the stored English text', () => {
    const file = join(__dirname, '..', 'store', 'test-fixtures', 'store-before-translations.json');
    const doc = storeDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const nb = localizeDocument(doc, 'nb');
    expect(nb.doc.incidents[0]?.name).toBe('Web client slow');
    expect(nb.fallbackLang('incident', 'old-incident', 'name')).toBe('en');
  });
});
