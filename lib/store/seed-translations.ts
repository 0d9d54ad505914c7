import type { Locale } from '@/lib/core/locales';

type Texts = Partial<Record<Locale, { name: string; description: string }>>;

/** The default page's own texts in the five other languages, written as each market's support team would. */
export const pageTexts: Partial<Record<Locale, { name: string; description: string }>> = {
  nb: {
    name: 'SuperOffice CRM Online',
    description: 'Gjeldende status, hendelser og planlagt vedlikehold for SuperOffice CRM Online.',
  },
  sv: {
    name: 'SuperOffice CRM Online',
    description: 'Aktuell status, incidenter och planerat underhåll för SuperOffice CRM Online.',
  },
  da: {
    name: 'SuperOffice CRM Online',
    description: 'Aktuel status, hændelser og planlagt vedligeholdelse for SuperOffice CRM Online.',
  },
  nl: {
    name: 'SuperOffice CRM Online',
    description: 'Actuele status, storingen en gepland onderhoud van SuperOffice CRM Online.',
  },
  de: {
    name: 'SuperOffice CRM Online',
    description: 'Aktueller Status, Störungen und geplante Wartungen von SuperOffice CRM Online.',
  },
};

export const groupTexts: Record<string, Texts> = {
  'crm-online': {
    nb: { name: 'CRM Online', description: 'SuperOffice CRM Online og hvordan du får tilgang til den.' },
    sv: { name: 'CRM Online', description: 'SuperOffice CRM Online och hur du kommer åt den.' },
    da: { name: 'CRM Online', description: 'SuperOffice CRM Online og hvordan du får adgang til den.' },
    nl: { name: 'CRM Online', description: 'SuperOffice CRM Online en hoe u er toegang toe krijgt.' },
    de: { name: 'CRM Online', description: 'SuperOffice CRM Online und wie Sie darauf zugreifen.' },
  },
  integrations: {
    nb: {
      name: 'Integrasjoner og underdatabehandlere',
      description: 'Tjenester som CRM Online bruker, driftet av oss eller av våre underdatabehandlere.',
    },
    sv: {
      name: 'Integrationer och underbiträden',
      description: 'Tjänster som CRM Online använder, drivna av oss eller av våra underbiträden.',
    },
    da: {
      name: 'Integrationer og underdatabehandlere',
      description: 'Tjenester, som CRM Online bruger, drevet af os eller af vores underdatabehandlere.',
    },
    nl: {
      name: 'Integraties en subverwerkers',
      description: 'Diensten waarmee CRM Online werkt, beheerd door ons of door onze subverwerkers.',
    },
    de: {
      name: 'Integrationen und Unterauftragsverarbeiter',
      description:
        'Dienste, mit denen CRM Online arbeitet, betrieben von uns oder unseren Unterauftragsverarbeitern.',
    },
  },
};

/** [nb, sv, da, nl, de] name and description of each seeded component. */
const componentRows: Record<string, [string, string][]> = {
  'web-client': [
    ['Webklient', 'CRM Online i nettleseren.'],
    ['Webbklient', 'CRM Online i webbläsaren.'],
    ['Webklient', 'CRM Online i browseren.'],
    ['Webclient', 'CRM Online in de browser.'],
    ['Web-Client', 'CRM Online im Browser.'],
  ],
  'mobile-apps': [
    ['Mobilapper', 'SuperOffice Mobile CRM for iOS og Android.'],
    ['Mobilappar', 'SuperOffice Mobile CRM för iOS och Android.'],
    ['Mobilapps', 'SuperOffice Mobile CRM til iOS og Android.'],
    ['Mobiele apps', 'SuperOffice Mobile CRM voor iOS en Android.'],
    ['Mobile Apps', 'SuperOffice Mobile CRM für iOS und Android.'],
  ],
  api: [
    ['API og webtjenester', 'REST- og SOAP-webtjenester som integrasjoner bruker.'],
    ['API och webbtjänster', 'REST- och SOAP-webbtjänster som integrationer använder.'],
    ['API og webtjenester', 'REST- og SOAP-webtjenester, som integrationer bruger.'],
    ['API en webservices', 'REST- en SOAP-webservices die integraties gebruiken.'],
    ['API und Webservices', 'REST- und SOAP-Webservices, die Integrationen nutzen.'],
  ],
  login: [
    ['Innlogging (SuperID)', 'Pålogging og enkel pålogging (SSO).'],
    ['Inloggning (SuperID)', 'Inloggning och enkel inloggning (SSO).'],
    ['Login (SuperID)', 'Log på og single sign-on (SSO).'],
    ['Inloggen (SuperID)', 'Aanmelden en single sign-on (SSO).'],
    ['Anmeldung (SuperID)', 'Anmeldung und Single Sign-on (SSO).'],
  ],
  'email-campaigns': [
    ['E-postkampanjer', 'Sending av e-postutsendelser fra Marketing.'],
    ['E-postkampanjer', 'Utskick av e-postkampanjer från Marketing.'],
    ['E-mailkampagner', 'Udsendelse af mailinger fra Marketing.'],
    ['E-mailcampagnes', 'Verzending van mailings vanuit Marketing.'],
    ['E-Mail-Kampagnen', 'Versand von Mailings aus Marketing.'],
  ],
  'document-storage': [
    ['Dokumentlagring', 'Dokumenter og vedlegg.'],
    ['Dokumentlagring', 'Dokument och bilagor.'],
    ['Dokumentlagring', 'Dokumenter og vedhæftede filer.'],
    ['Documentopslag', 'Documenten en bijlagen.'],
    ['Dokumentenspeicher', 'Dokumente und Anhänge.'],
  ],
  'office-integration': [
    [
      'Dokumentintegrasjon med Office 365 og Google',
      'Åpne og lagre dokumenter i Microsoft 365 og Google Workspace.',
    ],
    [
      'Dokumentintegration med Office 365 och Google',
      'Öppna och spara dokument i Microsoft 365 och Google Workspace.',
    ],
    [
      'Dokumentintegration med Office 365 og Google',
      'Åbne og gemme dokumenter i Microsoft 365 og Google Workspace.',
    ],
    [
      'Documentintegratie met Office 365 en Google',
      'Documenten openen en opslaan in Microsoft 365 en Google Workspace.',
    ],
    [
      'Dokumentintegration mit Office 365 und Google',
      'Dokumente in Microsoft 365 und Google Workspace öffnen und speichern.',
    ],
  ],
  'calendar-sync': [
    ['Kalendersynkronisering', 'Synkronisering med kalendere i Exchange, Microsoft 365 og Google.'],
    ['Kalendersynkronisering', 'Synkronisering med kalendrar i Exchange, Microsoft 365 och Google.'],
    ['Kalendersynkronisering', 'Synkronisering med kalendere i Exchange, Microsoft 365 og Google.'],
    ['Agendasynchronisatie', "Synchronisatie met agenda's in Exchange, Microsoft 365 en Google."],
    ['Kalendersynchronisierung', 'Abgleich mit Kalendern in Exchange, Microsoft 365 und Google.'],
  ],
  'app-store': [
    ['Partnerapper fra App Store', 'Partnerapplikasjoner koblet til via App Store.'],
    ['Partnerappar från App Store', 'Partnerapplikationer som är anslutna via App Store.'],
    ['Partnerapps fra App Store', 'Partnerapplikationer, der er tilsluttet via App Store.'],
    ['Partner-apps uit de App Store', 'Partnerapplicaties die via de App Store zijn gekoppeld.'],
    ['Partner-Apps aus dem App Store', 'Partneranwendungen, die über den App Store verbunden sind.'],
  ],
};

const order = ['nb', 'sv', 'da', 'nl', 'de'] as const;

export function componentTexts(id: string): Texts | undefined {
  const rows = componentRows[id];
  if (!rows) return undefined;
  return Object.fromEntries(
    order.flatMap((locale, i) => {
      const row = rows[i];
      return row ? [[locale, { name: row[0], description: row[1] }]] : [];
    }),
  );
}
