import type { Widen } from '@/lib/i18n/message-shape';

/** Error messages a person can act on: API error codes (lib/core/errors.ts) and the error pages. */
export const errorsEn = {
  api: {
    invalid_timezone: 'That time zone is not known. Use an IANA time zone name such as Europe/Oslo.',
    invalid_date: 'That date does not exist. Write a real date as YYYY-MM-DD, for example 2026-03-01.',
    invalid_range:
      'The date range is not valid: “to” must be after “from”, and the range can be at most 366 days.',
    invalid_request: 'The request is not valid. The details say which field is wrong and why.',
    not_found: 'We could not find what you asked for. It may have been removed, or the address is mistyped.',
    too_many_requests: 'Too many requests. Please wait a moment and try again.',
    store_unavailable: 'The status data is briefly unavailable. Please try again in a moment.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page may have moved, or the address may be mistyped.',
    home: 'Go to the status page',
  },
  generic: {
    title: 'Something went wrong',
    body: 'We could not show this page. Please try again; if it keeps happening, the status page itself may be affected.',
    retry: 'Try again',
  },
} as const;

export type ErrorsMessages = Widen<typeof errorsEn>;

export const errorsNb: ErrorsMessages = {
  api: {
    invalid_timezone: 'Tidssonen er ukjent. Bruk et IANA-tidssonenavn som Europe/Oslo.',
    invalid_date: 'Datoen finnes ikke. Skriv en gyldig dato som ÅÅÅÅ-MM-DD, for eksempel 2026-03-01.',
    invalid_range:
      'Datoperioden er ugyldig: «to» må være etter «from», og perioden kan være på høyst 366 dager.',
    invalid_request: 'Forespørselen er ugyldig. Detaljene viser hvilket felt som er feil, og hvorfor.',
    not_found: 'Vi fant ikke det du ba om. Det kan være fjernet, eller adressen kan være feilskrevet.',
    too_many_requests: 'For mange forespørsler. Vent litt og prøv igjen.',
    store_unavailable: 'Statusdataene er midlertidig utilgjengelige. Prøv igjen om litt.',
  },
  notFound: {
    title: 'Fant ikke siden',
    body: 'Siden kan ha blitt flyttet, eller adressen kan være feilskrevet.',
    home: 'Gå til statussiden',
  },
  generic: {
    title: 'Noe gikk galt',
    body: 'Vi kunne ikke vise denne siden. Prøv igjen. Skjer det flere ganger, kan statussiden selv være berørt.',
    retry: 'Prøv igjen',
  },
};

export const errorsSv: ErrorsMessages = {
  api: {
    invalid_timezone: 'Tidszonen är okänd. Använd ett IANA-tidszonsnamn som Europe/Oslo.',
    invalid_date: 'Datumet finns inte. Skriv ett giltigt datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.',
    invalid_range:
      'Datumintervallet är ogiltigt: ”to” måste vara efter ”from” och intervallet får vara högst 366 dagar.',
    invalid_request: 'Begäran är ogiltig. Detaljerna visar vilket fält som är fel och varför.',
    not_found: 'Vi hittade inte det du bad om. Det kan ha tagits bort, eller så är adressen felskriven.',
    too_many_requests: 'För många förfrågningar. Vänta en stund och försök igen.',
    store_unavailable: 'Statusdata är tillfälligt otillgängliga. Försök igen om en stund.',
  },
  notFound: {
    title: 'Sidan hittades inte',
    body: 'Sidan kan ha flyttats, eller så är adressen felskriven.',
    home: 'Gå till statussidan',
  },
  generic: {
    title: 'Något gick fel',
    body: 'Vi kunde inte visa sidan. Försök igen. Om det händer igen kan själva statussidan vara påverkad.',
    retry: 'Försök igen',
  },
};

export const errorsDa: ErrorsMessages = {
  api: {
    invalid_timezone: 'Tidszonen er ukendt. Brug et IANA-tidszonenavn som Europe/Oslo.',
    invalid_date: 'Datoen findes ikke. Skriv en gyldig dato som ÅÅÅÅ-MM-DD, for eksempel 2026-03-01.',
    invalid_range:
      'Datointervallet er ugyldigt: »to« skal ligge efter »from«, og intervallet må højst være 366 dage.',
    invalid_request: 'Forespørgslen er ugyldig. Detaljerne viser, hvilket felt der er forkert, og hvorfor.',
    not_found:
      'Vi kunne ikke finde det, du bad om. Det kan være fjernet, eller adressen kan være stavet forkert.',
    too_many_requests: 'For mange forespørgsler. Vent et øjeblik, og prøv igen.',
    store_unavailable: 'Statusdataene er midlertidigt utilgængelige. Prøv igen om et øjeblik.',
  },
  notFound: {
    title: 'Siden blev ikke fundet',
    body: 'Siden kan være flyttet, eller adressen kan være stavet forkert.',
    home: 'Gå til statussiden',
  },
  generic: {
    title: 'Noget gik galt',
    body: 'Vi kunne ikke vise siden. Prøv igen. Sker det igen, kan selve statussiden være påvirket.',
    retry: 'Prøv igen',
  },
};

export const errorsNl: ErrorsMessages = {
  api: {
    invalid_timezone: 'Deze tijdzone is onbekend. Gebruik een IANA-tijdzonenaam zoals Europe/Oslo.',
    invalid_date:
      'Deze datum bestaat niet. Schrijf een geldige datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
    invalid_range:
      'Het datumbereik is ongeldig: ‘to’ moet na ‘from’ liggen en het bereik mag hoogstens 366 dagen zijn.',
    invalid_request: 'Het verzoek is ongeldig. De details vermelden welk veld niet klopt en waarom.',
    not_found:
      'We konden niet vinden wat u zocht. Het is mogelijk verwijderd of het adres bevat een typefout.',
    too_many_requests: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    store_unavailable: 'De statusgegevens zijn even niet beschikbaar. Probeer het zo opnieuw.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'De pagina is mogelijk verplaatst of het adres bevat een typefout.',
    home: 'Naar de statuspagina',
  },
  generic: {
    title: 'Er ging iets mis',
    body: 'We konden deze pagina niet tonen. Probeer het opnieuw; blijft het gebeuren, dan heeft de statuspagina zelf mogelijk een storing.',
    retry: 'Opnieuw proberen',
  },
};

export const errorsDe: ErrorsMessages = {
  api: {
    invalid_timezone:
      'Diese Zeitzone ist unbekannt. Verwenden Sie einen IANA-Zeitzonennamen wie Europe/Oslo.',
    invalid_date:
      'Dieses Datum gibt es nicht. Geben Sie ein gültiges Datum als JJJJ-MM-TT an, zum Beispiel 2026-03-01.',
    invalid_range:
      'Der Zeitraum ist ungültig: „to“ muss nach „from“ liegen, und der Zeitraum darf höchstens 366 Tage umfassen.',
    invalid_request: 'Die Anfrage ist ungültig. Die Details nennen das fehlerhafte Feld und den Grund.',
    not_found:
      'Wir konnten das Gesuchte nicht finden. Es wurde vielleicht entfernt, oder die Adresse ist falsch geschrieben.',
    too_many_requests: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    store_unavailable:
      'Die Statusdaten sind kurzzeitig nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Die Seite wurde vielleicht verschoben, oder die Adresse ist falsch geschrieben.',
    home: 'Zur Statusseite',
  },
  generic: {
    title: 'Etwas ist schiefgelaufen',
    body: 'Diese Seite konnte nicht angezeigt werden. Bitte versuchen Sie es erneut; passiert es wieder, ist womöglich die Statusseite selbst betroffen.',
    retry: 'Erneut versuchen',
  },
};
