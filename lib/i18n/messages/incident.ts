import type { Widen } from '@/lib/i18n/message-shape';

/** The incident page and the history page. */
export const incidentEn = {
  page: {
    backToStatus: 'Back to status',
    affectedComponents: 'Affected components',
    noAffectedComponents: 'No components affected',
    impact: 'Impact',
    posted: 'Posted',
    updated: 'Updated',
    resolved: 'Resolved',
    duration: 'Lasted {duration}',
    postmortem: 'Post-mortem',
    notResolvedYet: 'We are still working on this incident. This page updates by itself.',
  },
  timeline: {
    title: 'Updates',
    update: 'Update at {time}',
    componentChanged: '{component}: {status}',
  },
  history: {
    title: 'Incident history',
    intro: 'Incidents and maintenance of the past months.',
    noIncidentsIn: 'No incidents in {month}',
    incidents: 'Incidents',
    maintenance: 'Maintenance',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    showMore: 'Show {count} more',
  },
} as const;

export type IncidentMessages = Widen<typeof incidentEn>;

export const incidentNb: IncidentMessages = {
  page: {
    backToStatus: 'Tilbake til status',
    affectedComponents: 'Berørte komponenter',
    noAffectedComponents: 'Ingen komponenter berørt',
    impact: 'Påvirkning',
    posted: 'Publisert',
    updated: 'Oppdatert',
    resolved: 'Løst',
    duration: 'Varte i {duration}',
    postmortem: 'Etteranalyse',
    notResolvedYet: 'Vi jobber fortsatt med denne hendelsen. Siden oppdateres automatisk.',
  },
  timeline: {
    title: 'Oppdateringer',
    update: 'Oppdatering {time}',
    componentChanged: '{component}: {status}',
  },
  history: {
    title: 'Hendelseshistorikk',
    intro: 'Hendelser og vedlikehold de siste månedene.',
    noIncidentsIn: 'Ingen hendelser i {month}',
    incidents: 'Hendelser',
    maintenance: 'Vedlikehold',
    previousMonth: 'Forrige måned',
    nextMonth: 'Neste måned',
    showMore: 'Vis {count} til',
  },
};

export const incidentSv: IncidentMessages = {
  page: {
    backToStatus: 'Tillbaka till status',
    affectedComponents: 'Påverkade komponenter',
    noAffectedComponents: 'Inga komponenter påverkade',
    impact: 'Påverkan',
    posted: 'Publicerad',
    updated: 'Uppdaterad',
    resolved: 'Löst',
    duration: 'Varade i {duration}',
    postmortem: 'Efterhandsanalys',
    notResolvedYet: 'Vi arbetar fortfarande med incidenten. Sidan uppdateras automatiskt.',
  },
  timeline: {
    title: 'Uppdateringar',
    update: 'Uppdatering {time}',
    componentChanged: '{component}: {status}',
  },
  history: {
    title: 'Incidenthistorik',
    intro: 'Incidenter och underhåll de senaste månaderna.',
    noIncidentsIn: 'Inga incidenter i {month}',
    incidents: 'Incidenter',
    maintenance: 'Underhåll',
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    showMore: 'Visa {count} till',
  },
};

export const incidentDa: IncidentMessages = {
  page: {
    backToStatus: 'Tilbage til status',
    affectedComponents: 'Berørte komponenter',
    noAffectedComponents: 'Ingen komponenter berørt',
    impact: 'Påvirkning',
    posted: 'Offentliggjort',
    updated: 'Opdateret',
    resolved: 'Løst',
    duration: 'Varede {duration}',
    postmortem: 'Efteranalyse',
    notResolvedYet: 'Vi arbejder stadig på hændelsen. Siden opdateres automatisk.',
  },
  timeline: {
    title: 'Opdateringer',
    update: 'Opdatering {time}',
    componentChanged: '{component}: {status}',
  },
  history: {
    title: 'Hændelseshistorik',
    intro: 'Hændelser og vedligeholdelse de seneste måneder.',
    noIncidentsIn: 'Ingen hændelser i {month}',
    incidents: 'Hændelser',
    maintenance: 'Vedligeholdelse',
    previousMonth: 'Forrige måned',
    nextMonth: 'Næste måned',
    showMore: 'Vis {count} mere',
  },
};

export const incidentNl: IncidentMessages = {
  page: {
    backToStatus: 'Terug naar status',
    affectedComponents: 'Getroffen onderdelen',
    noAffectedComponents: 'Geen onderdelen getroffen',
    impact: 'Impact',
    posted: 'Geplaatst',
    updated: 'Bijgewerkt',
    resolved: 'Opgelost',
    duration: 'Duurde {duration}',
    postmortem: 'Evaluatie',
    notResolvedYet: 'We werken nog aan dit incident. Deze pagina wordt automatisch bijgewerkt.',
  },
  timeline: {
    title: 'Updates',
    update: 'Update van {time}',
    componentChanged: '{component}: {status}',
  },
  history: {
    title: 'Incidentgeschiedenis',
    intro: 'Incidenten en onderhoud van de afgelopen maanden.',
    noIncidentsIn: 'Geen incidenten in {month}',
    incidents: 'Incidenten',
    maintenance: 'Onderhoud',
    previousMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    showMore: 'Nog {count} tonen',
  },
};

export const incidentDe: IncidentMessages = {
  page: {
    backToStatus: 'Zurück zum Status',
    affectedComponents: 'Betroffene Komponenten',
    noAffectedComponents: 'Keine Komponenten betroffen',
    impact: 'Auswirkungen',
    posted: 'Veröffentlicht',
    updated: 'Aktualisiert',
    resolved: 'Behoben',
    duration: 'Dauer: {duration}',
    postmortem: 'Nachbetrachtung',
    notResolvedYet: 'Wir arbeiten noch an dieser Störung. Diese Seite aktualisiert sich automatisch.',
  },
  timeline: {
    title: 'Updates',
    update: 'Update vom {time}',
    componentChanged: '{component}: {status}',
  },
  history: {
    title: 'Störungsverlauf',
    intro: 'Störungen und Wartungen der letzten Monate.',
    noIncidentsIn: 'Keine Störungen im {month}',
    incidents: 'Störungen',
    maintenance: 'Wartungen',
    previousMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    showMore: '{count} weitere anzeigen',
  },
};
