import type { IncidentTemplate } from '@/lib/store/schema';

const SEEDED_AT = '2025-01-01T00:00:00.000Z';

type Texts = [name: string, body: string];

function template(
  id: string,
  base: Pick<IncidentTemplate, 'status' | 'impact' | 'components'>,
  [en, nb, sv, da, nl, de]: [Texts, Texts, Texts, Texts, Texts, Texts],
): IncidentTemplate {
  const entry = ([name, body]: Texts) => ({ name, body });
  return {
    id,
    name: en[0],
    body: en[1],
    ...base,
    translations: { nb: entry(nb), sv: entry(sv), da: entry(da), nl: entry(nl), de: entry(de) },
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

/** Prepared first messages for the outages a CRM Online support team posts most, in all six languages. */
export function seedTemplates(): IncidentTemplate[] {
  return [
    template(
      'login-problems',
      { status: 'investigating', impact: 'major', components: [{ id: 'login', status: 'partial_outage' }] },
      [
        [
          'Problems signing in to CRM Online',
          'Some users cannot sign in to SuperOffice CRM Online. We are investigating and will post an update within 30 minutes. If you are already signed in, you can keep working as normal.',
        ],
        [
          'Problemer med å logge på CRM Online',
          'Noen brukere får ikke logget på SuperOffice CRM Online. Vi undersøker saken og gir en oppdatering innen 30 minutter. Er du allerede pålogget, kan du jobbe videre som vanlig.',
        ],
        [
          'Problem med att logga in i CRM Online',
          'Vissa användare kan inte logga in i SuperOffice CRM Online. Vi undersöker saken och återkommer med en uppdatering inom 30 minuter. Om du redan är inloggad kan du fortsätta arbeta som vanligt.',
        ],
        [
          'Problemer med at logge på CRM Online',
          'Nogle brugere kan ikke logge på SuperOffice CRM Online. Vi undersøger sagen og giver en opdatering inden for 30 minutter. Er du allerede logget på, kan du arbejde videre som normalt.',
        ],
        [
          'Problemen met inloggen in CRM Online',
          'Sommige gebruikers kunnen niet inloggen in SuperOffice CRM Online. We onderzoeken het probleem en geven binnen 30 minuten een update. Bent u al ingelogd, dan kunt u gewoon doorwerken.',
        ],
        [
          'Probleme bei der Anmeldung an CRM Online',
          'Einige Benutzer können sich nicht an SuperOffice CRM Online anmelden. Wir untersuchen das Problem und melden uns innerhalb von 30 Minuten mit einem Update. Wenn Sie bereits angemeldet sind, können Sie normal weiterarbeiten.',
        ],
      ],
    ),
    template(
      'slow-web-client',
      {
        status: 'investigating',
        impact: 'minor',
        components: [{ id: 'web-client', status: 'degraded_performance' }],
      },
      [
        [
          'Web client slower than normal',
          'The web client loads pages more slowly than normal for some customers. We are investigating the cause. Your data is safe, and you do not need to do anything.',
        ],
        [
          'Webklienten er tregere enn normalt',
          'Webklienten laster sider tregere enn normalt for noen kunder. Vi undersøker årsaken. Dataene dine er trygge, og du trenger ikke å gjøre noe.',
        ],
        [
          'Webbklienten är långsammare än normalt',
          'Webbklienten laddar sidor långsammare än normalt för vissa kunder. Vi undersöker orsaken. Dina data är säkra och du behöver inte göra något.',
        ],
        [
          'Webklienten er langsommere end normalt',
          'Webklienten indlæser sider langsommere end normalt for nogle kunder. Vi undersøger årsagen. Dine data er sikre, og du behøver ikke at gøre noget.',
        ],
        [
          'Webclient trager dan normaal',
          "De webclient laadt pagina's voor sommige klanten trager dan normaal. We onderzoeken de oorzaak. Uw gegevens zijn veilig en u hoeft niets te doen.",
        ],
        [
          'Web-Client langsamer als üblich',
          'Der Web-Client lädt Seiten bei einigen Kunden langsamer als üblich. Wir untersuchen die Ursache. Ihre Daten sind sicher, und Sie müssen nichts unternehmen.',
        ],
      ],
    ),
    template(
      'email-campaigns-delayed',
      {
        status: 'identified',
        impact: 'minor',
        components: [{ id: 'email-campaigns', status: 'degraded_performance' }],
      },
      [
        [
          'Email campaigns delayed',
          'Mailings sent from Marketing are queued and go out later than scheduled. No mailings are lost: they are sent automatically once the queue has cleared. We will post an update when sending is back to normal.',
        ],
        [
          'Forsinkede e-postkampanjer',
          'Utsendelser fra Marketing står i kø og sendes senere enn planlagt. Ingen utsendelser går tapt: de sendes automatisk når køen er tømt. Vi gir en oppdatering når utsendelsene går som normalt igjen.',
        ],
        [
          'Fördröjda e-postkampanjer',
          'Utskick från Marketing ligger i kö och skickas senare än planerat. Inga utskick går förlorade: de skickas automatiskt när kön har betats av. Vi återkommer med en uppdatering när utskicken fungerar som vanligt igen.',
        ],
        [
          'Forsinkede e-mailkampagner',
          'Udsendelser fra Marketing står i kø og bliver sendt senere end planlagt. Ingen udsendelser går tabt: de bliver sendt automatisk, når køen er tømt. Vi giver en opdatering, når udsendelserne kører normalt igen.',
        ],
        [
          'E-mailcampagnes vertraagd',
          'Mailings vanuit Marketing staan in de wachtrij en worden later verzonden dan gepland. Er gaan geen mailings verloren: ze worden automatisch verzonden zodra de wachtrij is weggewerkt. We geven een update zodra het verzenden weer normaal verloopt.',
        ],
        [
          'E-Mail-Kampagnen verzögert',
          'Mailings aus Marketing stehen in der Warteschlange und werden später als geplant versendet. Es gehen keine Mailings verloren: Sie werden automatisch versendet, sobald die Warteschlange abgearbeitet ist. Wir melden uns mit einem Update, sobald der Versand wieder normal läuft.',
        ],
      ],
    ),
    template(
      'emergency-security-patch',
      {
        status: 'identified',
        impact: 'minor',
        components: [
          { id: 'web-client', status: 'under_maintenance' },
          { id: 'api', status: 'under_maintenance' },
        ],
      },
      [
        [
          'Emergency security patch',
          'We are applying an urgent security update to CRM Online. You may be signed out briefly, and the service may be unavailable for a few minutes. We will post an update when the work is complete.',
        ],
        [
          'Akutt sikkerhetsoppdatering',
          'Vi installerer en hastende sikkerhetsoppdatering i CRM Online. Du kan bli logget ut en kort stund, og tjenesten kan være utilgjengelig i noen minutter. Vi gir en oppdatering når arbeidet er ferdig.',
        ],
        [
          'Akut säkerhetsuppdatering',
          'Vi installerar en brådskande säkerhetsuppdatering i CRM Online. Du kan loggas ut en kort stund och tjänsten kan vara otillgänglig i några minuter. Vi återkommer med en uppdatering när arbetet är klart.',
        ],
        [
          'Akut sikkerhedsopdatering',
          'Vi installerer en hastende sikkerhedsopdatering i CRM Online. Du kan blive logget af et kort øjeblik, og tjenesten kan være utilgængelig i nogle minutter. Vi giver en opdatering, når arbejdet er færdigt.',
        ],
        [
          'Dringende beveiligingsupdate',
          'We installeren een dringende beveiligingsupdate in CRM Online. U wordt mogelijk kort afgemeld en de dienst kan enkele minuten onbereikbaar zijn. We geven een update zodra de werkzaamheden zijn afgerond.',
        ],
        [
          'Dringendes Sicherheitsupdate',
          'Wir spielen ein dringendes Sicherheitsupdate in CRM Online ein. Möglicherweise werden Sie kurz abgemeldet, und der Dienst kann einige Minuten nicht erreichbar sein. Wir melden uns mit einem Update, sobald die Arbeiten abgeschlossen sind.',
        ],
      ],
    ),
  ];
}
