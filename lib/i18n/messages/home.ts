import type { Widen } from '@/lib/i18n/message-shape';

/** The front page: components with uptime bars, active incidents, upcoming maintenance. */
export const homeEn = {
  title: 'Current status',
  components: {
    title: 'Components',
    groupToggle: 'Show or hide the components of {group}',
  },
  incidents: {
    title: 'Active incidents',
    none: 'No incidents reported',
    latestUpdate: 'Latest update {time}',
    readMore: 'Read more about this incident',
  },
  maintenance: {
    title: 'Upcoming maintenance',
    none: 'No maintenance planned in the next {days} days',
    announcedAhead: 'announced {time} ahead',
    startsIn: 'Starts {relative}',
    endsIn: 'Ends {relative}',
    window: '{start} – {end}',
    affects: 'Affects: {components}',
    viewCalendar: 'See the full maintenance calendar',
  },
  uptime: {
    percent: '{percent} uptime',
    rangeStart: '{days} days ago',
    today: 'Today',
    noData: 'No data',
    noDowntime: 'No downtime recorded',
    incidents: { one: '{count} incident', other: '{count} incidents' },
    dayLabel: '{date}: {summary}',
    eventfulDays: 'Days with incidents or outages',
  },
} as const;

export type HomeMessages = Widen<typeof homeEn>;

export const homeNb: HomeMessages = {
  title: 'Nåværende status',
  components: {
    title: 'Komponenter',
    groupToggle: 'Vis eller skjul komponentene i {group}',
  },
  incidents: {
    title: 'Aktive hendelser',
    none: 'Ingen hendelser rapportert',
    latestUpdate: 'Sist oppdatert {time}',
    readMore: 'Les mer om denne hendelsen',
  },
  maintenance: {
    title: 'Kommende vedlikehold',
    none: 'Ikke noe vedlikehold planlagt de neste {days} dagene',
    announcedAhead: 'varslet {time} i forveien',
    startsIn: 'Starter {relative}',
    endsIn: 'Avsluttes {relative}',
    window: '{start} – {end}',
    affects: 'Berører: {components}',
    viewCalendar: 'Se hele vedlikeholdskalenderen',
  },
  uptime: {
    percent: '{percent} oppetid',
    rangeStart: 'For {days} dager siden',
    today: 'I dag',
    noData: 'Ingen data',
    noDowntime: 'Ingen nedetid registrert',
    incidents: { one: '{count} hendelse', other: '{count} hendelser' },
    dayLabel: '{date}: {summary}',
    eventfulDays: 'Dager med hendelser eller driftsavbrudd',
  },
};

export const homeSv: HomeMessages = {
  title: 'Aktuell status',
  components: {
    title: 'Komponenter',
    groupToggle: 'Visa eller dölj komponenterna i {group}',
  },
  incidents: {
    title: 'Pågående incidenter',
    none: 'Inga incidenter rapporterade',
    latestUpdate: 'Senast uppdaterad {time}',
    readMore: 'Läs mer om incidenten',
  },
  maintenance: {
    title: 'Kommande underhåll',
    none: 'Inget underhåll planerat de närmaste {days} dagarna',
    announcedAhead: 'aviserat {time} i förväg',
    startsIn: 'Börjar {relative}',
    endsIn: 'Slutar {relative}',
    window: '{start} – {end}',
    affects: 'Påverkar: {components}',
    viewCalendar: 'Se hela underhållskalendern',
  },
  uptime: {
    percent: '{percent} tillgänglighet',
    rangeStart: 'För {days} dagar sedan',
    today: 'I dag',
    noData: 'Inga data',
    noDowntime: 'Inga avbrott registrerade',
    incidents: { one: '{count} incident', other: '{count} incidenter' },
    dayLabel: '{date}: {summary}',
    eventfulDays: 'Dagar med incidenter eller störningar',
  },
};

export const homeDa: HomeMessages = {
  title: 'Aktuel status',
  components: {
    title: 'Komponenter',
    groupToggle: 'Vis eller skjul komponenterne i {group}',
  },
  incidents: {
    title: 'Aktive hændelser',
    none: 'Ingen hændelser rapporteret',
    latestUpdate: 'Senest opdateret {time}',
    readMore: 'Læs mere om hændelsen',
  },
  maintenance: {
    title: 'Kommende vedligeholdelse',
    none: 'Ingen vedligeholdelse planlagt de næste {days} dage',
    announcedAhead: 'varslet {time} i forvejen',
    startsIn: 'Starter {relative}',
    endsIn: 'Slutter {relative}',
    window: '{start} – {end}',
    affects: 'Berører: {components}',
    viewCalendar: 'Se hele vedligeholdelseskalenderen',
  },
  uptime: {
    percent: '{percent} oppetid',
    rangeStart: 'For {days} dage siden',
    today: 'I dag',
    noData: 'Ingen data',
    noDowntime: 'Ingen nedetid registreret',
    incidents: { one: '{count} hændelse', other: '{count} hændelser' },
    dayLabel: '{date}: {summary}',
    eventfulDays: 'Dage med hændelser eller nedbrud',
  },
};

export const homeNl: HomeMessages = {
  title: 'Huidige status',
  components: {
    title: 'Onderdelen',
    groupToggle: 'Onderdelen van {group} tonen of verbergen',
  },
  incidents: {
    title: 'Actieve incidenten',
    none: 'Geen incidenten gemeld',
    latestUpdate: 'Laatst bijgewerkt {time}',
    readMore: 'Meer over dit incident',
  },
  maintenance: {
    title: 'Aankomend onderhoud',
    none: 'Geen onderhoud gepland in de komende {days} dagen',
    announcedAhead: '{time} van tevoren aangekondigd',
    startsIn: 'Begint {relative}',
    endsIn: 'Eindigt {relative}',
    window: '{start} – {end}',
    affects: 'Betreft: {components}',
    viewCalendar: 'Bekijk de volledige onderhoudskalender',
  },
  uptime: {
    percent: '{percent} beschikbaarheid',
    rangeStart: '{days} dagen geleden',
    today: 'Vandaag',
    noData: 'Geen gegevens',
    noDowntime: 'Geen uitval geregistreerd',
    incidents: { one: '{count} incident', other: '{count} incidenten' },
    dayLabel: '{date}: {summary}',
    eventfulDays: 'Dagen met incidenten of storingen',
  },
};

export const homeDe: HomeMessages = {
  title: 'Aktueller Status',
  components: {
    title: 'Komponenten',
    groupToggle: 'Komponenten von {group} ein- oder ausblenden',
  },
  incidents: {
    title: 'Aktuelle Störungen',
    none: 'Keine Störungen gemeldet',
    latestUpdate: 'Zuletzt aktualisiert {time}',
    readMore: 'Mehr zu dieser Störung',
  },
  maintenance: {
    title: 'Anstehende Wartungen',
    none: 'Keine Wartung in den nächsten {days} Tagen geplant',
    announcedAhead: '{time} im Voraus angekündigt',
    startsIn: 'Beginnt {relative}',
    endsIn: 'Endet {relative}',
    window: '{start} – {end}',
    affects: 'Betrifft: {components}',
    viewCalendar: 'Zum vollständigen Wartungskalender',
  },
  uptime: {
    percent: '{percent} Verfügbarkeit',
    rangeStart: 'Vor {days} Tagen',
    today: 'Heute',
    noData: 'Keine Daten',
    noDowntime: 'Keine Ausfallzeit erfasst',
    incidents: { one: '{count} Störung', other: '{count} Störungen' },
    dayLabel: '{date}: {summary}',
    eventfulDays: 'Tage mit Störungen oder Ausfällen',
  },
};
