import {
  calendarRulesDa,
  calendarRulesDe,
  calendarRulesEn,
  calendarRulesNb,
  calendarRulesNl,
  calendarRulesSv,
} from '@/lib/i18n/messages/calendar-rules';
import type { Widen } from '@/lib/i18n/types';

/** The maintenance calendar page and the .ics feed. `rules` and `legend` live in calendar-rules.ts. */
export const calendarEn = {
  title: 'Maintenance calendar',
  intro:
    'When the service may be briefly unavailable, shown in your time zone. Scheduled downtime is announced at least 24 hours before it starts.',
  nav: {
    label: 'Months',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
  },
  view: {
    label: 'View',
    month: 'Month',
    agenda: 'Agenda',
  },
  agenda: {
    title: 'Agenda',
    empty: 'No maintenance windows in {month}',
  },
  timeZone: {
    shownIn: 'Times shown in {zone} ({offset})',
    change: 'Show in another time zone',
  },
  subscribe: {
    title: 'Subscribe in your calendar',
    help: 'Add the maintenance schedule to Outlook, Google Calendar or Apple Calendar. It updates by itself when we announce or cancel a maintenance.',
    download: 'Download .ics',
    copyLink: 'Copy calendar link',
    copied: 'Link copied',
  },
  workingHours: {
    title: 'Your working hours',
    help: 'Highlight the windows that fall inside your working day.',
    from: 'From',
    to: 'To',
    overlaps: 'Overlaps your working hours',
  },
  /** Window statuses of GET /api/v1/calendar. */
  status: {
    scheduled: 'Scheduled',
    reserved: 'Reserved',
    in_progress: 'In progress',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  window: {
    timeRange: '{start}–{end}',
    continuesFromPreviousDay: 'Continues from the previous day',
    continuesNextDay: 'Continues into the next day',
    emergency: 'Emergency',
    emergencyReason: 'Why it could not wait: {reason}',
    more: '+{count} more',
    count: { one: '{count} maintenance window', other: '{count} maintenance windows' },
  },
  ics: {
    name: '{page} maintenance',
    description: 'Scheduled maintenance and reserved windows of {page}.',
    emergencyTitle: 'Emergency maintenance: {title}',
    reservedTitle: '{title} (reserved)',
    moreAt: 'More at {url}',
  },
  ...calendarRulesEn,
} as const;

export type CalendarMessages = Widen<typeof calendarEn>;

export const calendarNb: CalendarMessages = {
  title: 'Vedlikeholdskalender',
  intro:
    'Når tjenesten kan være utilgjengelig en kort stund, vist i din tidssone. Planlagt nedetid varsles minst 24 timer før den starter.',
  nav: {
    label: 'Måneder',
    previousMonth: 'Forrige måned',
    nextMonth: 'Neste måned',
    today: 'I dag',
  },
  view: {
    label: 'Visning',
    month: 'Måned',
    agenda: 'Liste',
  },
  agenda: {
    title: 'Liste',
    empty: 'Ingen vedlikeholdsvinduer i {month}',
  },
  timeZone: {
    shownIn: 'Tidene vises i {zone} ({offset})',
    change: 'Vis i en annen tidssone',
  },
  subscribe: {
    title: 'Abonner i kalenderen din',
    help: 'Legg vedlikeholdsplanen til i Outlook, Google Kalender eller Apple Kalender. Den oppdateres automatisk når vi varsler eller avlyser vedlikehold.',
    download: 'Last ned .ics',
    copyLink: 'Kopier kalenderlenken',
    copied: 'Lenken er kopiert',
  },
  workingHours: {
    title: 'Arbeidstiden din',
    help: 'Marker vinduene som faller innenfor arbeidsdagen din.',
    from: 'Fra',
    to: 'Til',
    overlaps: 'Overlapper med arbeidstiden din',
  },
  status: {
    scheduled: 'Planlagt',
    reserved: 'Reservert',
    in_progress: 'Pågår',
    completed: 'Fullført',
    cancelled: 'Avlyst',
  },
  window: {
    timeRange: '{start}–{end}',
    continuesFromPreviousDay: 'Fortsetter fra dagen før',
    continuesNextDay: 'Fortsetter neste dag',
    emergency: 'Akutt',
    emergencyReason: 'Hvorfor det ikke kunne vente: {reason}',
    more: '+{count} til',
    count: { one: '{count} vedlikeholdsvindu', other: '{count} vedlikeholdsvinduer' },
  },
  ics: {
    name: 'Vedlikehold av {page}',
    description: 'Planlagt vedlikehold og reserverte vinduer for {page}.',
    emergencyTitle: 'Akutt vedlikehold: {title}',
    reservedTitle: '{title} (reservert)',
    moreAt: 'Mer på {url}',
  },
  ...calendarRulesNb,
};

export const calendarSv: CalendarMessages = {
  title: 'Underhållskalender',
  intro:
    'När tjänsten kan vara otillgänglig en kort stund, i din tidszon. Planerade avbrott aviseras minst 24 timmar innan de börjar.',
  nav: {
    label: 'Månader',
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    today: 'I dag',
  },
  view: {
    label: 'Vy',
    month: 'Månad',
    agenda: 'Lista',
  },
  agenda: {
    title: 'Lista',
    empty: 'Inga underhållsfönster i {month}',
  },
  timeZone: {
    shownIn: 'Tiderna visas i {zone} ({offset})',
    change: 'Visa i en annan tidszon',
  },
  subscribe: {
    title: 'Prenumerera i din kalender',
    help: 'Lägg till underhållsschemat i Outlook, Google Kalender eller Apple Kalender. Det uppdateras automatiskt när vi aviserar eller ställer in ett underhåll.',
    download: 'Ladda ned .ics',
    copyLink: 'Kopiera kalenderlänken',
    copied: 'Länken har kopierats',
  },
  workingHours: {
    title: 'Din arbetstid',
    help: 'Markera fönstren som infaller under din arbetsdag.',
    from: 'Från',
    to: 'Till',
    overlaps: 'Överlappar din arbetstid',
  },
  status: {
    scheduled: 'Planerat',
    reserved: 'Reserverat',
    in_progress: 'Pågår',
    completed: 'Slutfört',
    cancelled: 'Inställt',
  },
  window: {
    timeRange: '{start}–{end}',
    continuesFromPreviousDay: 'Fortsätter från föregående dag',
    continuesNextDay: 'Fortsätter nästa dag',
    emergency: 'Akut',
    emergencyReason: 'Varför det inte kunde vänta: {reason}',
    more: '+{count} till',
    count: { one: '{count} underhållsfönster', other: '{count} underhållsfönster' },
  },
  ics: {
    name: 'Underhåll av {page}',
    description: 'Planerat underhåll och reserverade fönster för {page}.',
    emergencyTitle: 'Akut underhåll: {title}',
    reservedTitle: '{title} (reserverat)',
    moreAt: 'Mer på {url}',
  },
  ...calendarRulesSv,
};

export const calendarDa: CalendarMessages = {
  title: 'Vedligeholdelseskalender',
  intro:
    'Hvornår tjenesten kan være utilgængelig et kort øjeblik, vist i din tidszone. Planlagt nedetid varsles mindst 24 timer, før den begynder.',
  nav: {
    label: 'Måneder',
    previousMonth: 'Forrige måned',
    nextMonth: 'Næste måned',
    today: 'I dag',
  },
  view: {
    label: 'Visning',
    month: 'Måned',
    agenda: 'Liste',
  },
  agenda: {
    title: 'Liste',
    empty: 'Ingen vedligeholdelsesvinduer i {month}',
  },
  timeZone: {
    shownIn: 'Tidspunkterne vises i {zone} ({offset})',
    change: 'Vis i en anden tidszone',
  },
  subscribe: {
    title: 'Abonnér i din kalender',
    help: 'Føj vedligeholdelsesplanen til Outlook, Google Kalender eller Apple Kalender. Den opdateres automatisk, når vi varsler eller aflyser vedligeholdelse.',
    download: 'Download .ics',
    copyLink: 'Kopiér kalenderlinket',
    copied: 'Linket er kopieret',
  },
  workingHours: {
    title: 'Din arbejdstid',
    help: 'Fremhæv de vinduer, der falder inden for din arbejdsdag.',
    from: 'Fra',
    to: 'Til',
    overlaps: 'Overlapper din arbejdstid',
  },
  status: {
    scheduled: 'Planlagt',
    reserved: 'Reserveret',
    in_progress: 'I gang',
    completed: 'Afsluttet',
    cancelled: 'Aflyst',
  },
  window: {
    timeRange: '{start}–{end}',
    continuesFromPreviousDay: 'Fortsætter fra dagen før',
    continuesNextDay: 'Fortsætter næste dag',
    emergency: 'Akut',
    emergencyReason: 'Derfor kunne det ikke vente: {reason}',
    more: '+{count} mere',
    count: { one: '{count} vedligeholdelsesvindue', other: '{count} vedligeholdelsesvinduer' },
  },
  ics: {
    name: 'Vedligeholdelse af {page}',
    description: 'Planlagt vedligeholdelse og reserverede vinduer for {page}.',
    emergencyTitle: 'Akut vedligeholdelse: {title}',
    reservedTitle: '{title} (reserveret)',
    moreAt: 'Mere på {url}',
  },
  ...calendarRulesDa,
};

export const calendarNl: CalendarMessages = {
  title: 'Onderhoudskalender',
  intro:
    'Wanneer de dienst even niet beschikbaar kan zijn, in uw tijdzone. Geplande onderbrekingen worden minstens 24 uur van tevoren aangekondigd.',
  nav: {
    label: 'Maanden',
    previousMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    today: 'Vandaag',
  },
  view: {
    label: 'Weergave',
    month: 'Maand',
    agenda: 'Lijst',
  },
  agenda: {
    title: 'Lijst',
    empty: 'Geen onderhoudsvensters in {month}',
  },
  timeZone: {
    shownIn: 'Tijden in {zone} ({offset})',
    change: 'In een andere tijdzone tonen',
  },
  subscribe: {
    title: 'Abonneren in uw agenda',
    help: 'Voeg het onderhoudsschema toe aan Outlook, Google Agenda of Apple Agenda. Het wordt automatisch bijgewerkt wanneer we onderhoud aankondigen of annuleren.',
    download: '.ics downloaden',
    copyLink: 'Agendalink kopiëren',
    copied: 'Link gekopieerd',
  },
  workingHours: {
    title: 'Uw werktijden',
    help: 'Markeer de vensters die binnen uw werkdag vallen.',
    from: 'Van',
    to: 'Tot',
    overlaps: 'Valt binnen uw werktijden',
  },
  status: {
    scheduled: 'Gepland',
    reserved: 'Gereserveerd',
    in_progress: 'In uitvoering',
    completed: 'Voltooid',
    cancelled: 'Geannuleerd',
  },
  window: {
    timeRange: '{start}–{end}',
    continuesFromPreviousDay: 'Loopt door vanaf de vorige dag',
    continuesNextDay: 'Loopt door tot de volgende dag',
    emergency: 'Spoed',
    emergencyReason: 'Waarom het niet kon wachten: {reason}',
    more: '+{count} meer',
    count: { one: '{count} onderhoudsvenster', other: '{count} onderhoudsvensters' },
  },
  ics: {
    name: 'Onderhoud van {page}',
    description: 'Gepland onderhoud en gereserveerde vensters van {page}.',
    emergencyTitle: 'Spoedonderhoud: {title}',
    reservedTitle: '{title} (gereserveerd)',
    moreAt: 'Meer op {url}',
  },
  ...calendarRulesNl,
};

export const calendarDe: CalendarMessages = {
  title: 'Wartungskalender',
  intro:
    'Wann der Dienst kurz nicht erreichbar sein kann, in Ihrer Zeitzone. Geplante Ausfallzeiten kündigen wir mindestens 24 Stunden vorher an.',
  nav: {
    label: 'Monate',
    previousMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    today: 'Heute',
  },
  view: {
    label: 'Ansicht',
    month: 'Monat',
    agenda: 'Liste',
  },
  agenda: {
    title: 'Liste',
    empty: 'Keine Wartungsfenster im {month}',
  },
  timeZone: {
    shownIn: 'Zeiten in {zone} ({offset})',
    change: 'In einer anderen Zeitzone anzeigen',
  },
  subscribe: {
    title: 'Im eigenen Kalender abonnieren',
    help: 'Fügen Sie den Wartungsplan zu Outlook, Google Kalender oder Apple Kalender hinzu. Er aktualisiert sich automatisch, wenn wir eine Wartung ankündigen oder absagen.',
    download: '.ics herunterladen',
    copyLink: 'Kalenderlink kopieren',
    copied: 'Link kopiert',
  },
  workingHours: {
    title: 'Ihre Arbeitszeit',
    help: 'Zeitfenster hervorheben, die in Ihren Arbeitstag fallen.',
    from: 'Von',
    to: 'Bis',
    overlaps: 'Überschneidet sich mit Ihrer Arbeitszeit',
  },
  status: {
    scheduled: 'Geplant',
    reserved: 'Reserviert',
    in_progress: 'Läuft',
    completed: 'Abgeschlossen',
    cancelled: 'Abgesagt',
  },
  window: {
    timeRange: '{start}–{end}',
    continuesFromPreviousDay: 'Fortsetzung vom Vortag',
    continuesNextDay: 'Geht am nächsten Tag weiter',
    emergency: 'Notfall',
    emergencyReason: 'Warum es nicht warten konnte: {reason}',
    more: '+{count} weitere',
    count: { one: '{count} Wartungsfenster', other: '{count} Wartungsfenster' },
  },
  ics: {
    name: 'Wartung von {page}',
    description: 'Geplante Wartungen und reservierte Zeitfenster von {page}.',
    emergencyTitle: 'Notfallwartung: {title}',
    reservedTitle: '{title} (reserviert)',
    moreAt: 'Mehr unter {url}',
  },
  ...calendarRulesDe,
};
