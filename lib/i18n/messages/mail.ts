import type { Widen } from '@/lib/i18n/message-shape';

/** Notification mails: subjects, the lines around staff-written text, links and the footer. */
export const mailEn = {
  title: {
    incident: '{status}: {name}',
    maintenanceAnnounced: 'Scheduled maintenance: {name}',
    maintenanceRescheduled: 'Maintenance rescheduled: {name}',
    maintenanceCancelled: 'Maintenance cancelled: {name}',
    maintenanceReminder: 'Maintenance starts in one hour: {name}',
    maintenanceStarted: 'Maintenance in progress: {name}',
    maintenanceCompleted: 'Maintenance completed: {name}',
    component: '{component}: {status}',
    confirm: 'Confirm your subscription',
    existing: 'You are already subscribed',
  },
  lead: {
    maintenanceAnnounced: 'We will carry out maintenance in this window.',
    maintenanceRescheduled:
      'This maintenance has a new time. The attached calendar event moves the one you have.',
    maintenanceCancelled:
      'This maintenance will not take place. The attached calendar event removes it from your calendar.',
    maintenanceReminder: 'A reminder: this maintenance starts in one hour.',
    maintenanceStarted: 'This maintenance has started.',
    maintenanceCompleted: 'This maintenance is complete.',
    component: '{component} changed from “{from}” to “{to}”.',
  },
  posted: 'Posted {time}',
  window: 'When: {start} – {end}',
  previousWindow: 'Before: {start} – {end}',
  duration: 'Duration: {duration}',
  workingHours: 'This window overlaps working hours (Monday to Friday, 08:00–17:00 in your time zone).',
  emergency: 'Emergency maintenance: {reason}',
  affected: 'Affects: {components}',
  everything: 'all services',
  timesIn: 'Times are shown in {zone}.',
  calendarAttached: 'The attached calendar file (.ics) puts this window in your calendar.',
  view: 'View on the status page',
  manage: 'Change what you receive',
  unsubscribe: 'Unsubscribe',
  footer: 'You receive this because {address} subscribed to updates from {page}.',
  follows: 'You follow: {components}.',
  confirm: {
    intro: 'Someone, hopefully you, asked for updates about {page} to be sent to {address}.',
    button: 'Confirm subscription',
    expires:
      'The link is valid for 48 hours. If you did not ask for this, ignore this mail: you will not hear from us again.',
    calendar: 'Planned maintenance in your own calendar',
    calendarHint:
      'Subscribe to this calendar in Outlook, Google or Apple Calendar to see planned maintenance of the services you follow:',
  },
  existing:
    'This address already receives updates about {page}. To change what you receive, or to stop, use the links below.',
} as const;

export type MailMessages = Widen<typeof mailEn>;

export const mailNb: MailMessages = {
  title: {
    incident: '{status}: {name}',
    maintenanceAnnounced: 'Planlagt vedlikehold: {name}',
    maintenanceRescheduled: 'Nytt tidspunkt for vedlikehold: {name}',
    maintenanceCancelled: 'Vedlikehold avlyst: {name}',
    maintenanceReminder: 'Vedlikehold starter om én time: {name}',
    maintenanceStarted: 'Vedlikehold pågår: {name}',
    maintenanceCompleted: 'Vedlikehold fullført: {name}',
    component: '{component}: {status}',
    confirm: 'Bekreft abonnementet ditt',
    existing: 'Du abonnerer allerede',
  },
  lead: {
    maintenanceAnnounced: 'Vi gjennomfører vedlikehold i dette tidsrommet.',
    maintenanceRescheduled:
      'Dette vedlikeholdet har fått nytt tidspunkt. Den vedlagte kalenderhendelsen flytter den du allerede har.',
    maintenanceCancelled:
      'Dette vedlikeholdet blir ikke gjennomført. Den vedlagte kalenderhendelsen fjerner det fra kalenderen din.',
    maintenanceReminder: 'En påminnelse: dette vedlikeholdet starter om én time.',
    maintenanceStarted: 'Vedlikeholdet har startet.',
    maintenanceCompleted: 'Vedlikeholdet er fullført.',
    component: '{component} er endret fra «{from}» til «{to}».',
  },
  posted: 'Publisert {time}',
  window: 'Når: {start} – {end}',
  previousWindow: 'Tidligere: {start} – {end}',
  duration: 'Varighet: {duration}',
  workingHours: 'Dette tidsrommet overlapper arbeidstiden (mandag til fredag, 08:00–17:00 i din tidssone).',
  emergency: 'Akutt vedlikehold: {reason}',
  affected: 'Berører: {components}',
  everything: 'alle tjenester',
  timesIn: 'Tidene er vist i {zone}.',
  calendarAttached: 'Den vedlagte kalenderfilen (.ics) legger dette tidsrommet inn i kalenderen din.',
  view: 'Se på statussiden',
  manage: 'Endre hva du mottar',
  unsubscribe: 'Avslutt abonnementet',
  footer: 'Du mottar dette fordi {address} abonnerer på oppdateringer fra {page}.',
  follows: 'Du følger: {components}.',
  confirm: {
    intro: 'Noen, forhåpentligvis du, har bedt om å få oppdateringer om {page} sendt til {address}.',
    button: 'Bekreft abonnementet',
    expires:
      'Lenken er gyldig i 48 timer. Hvis du ikke ba om dette, kan du se bort fra e-posten: du hører ikke fra oss igjen.',
    calendar: 'Planlagt vedlikehold i din egen kalender',
    calendarHint:
      'Abonner på denne kalenderen i Outlook, Google eller Apple Kalender for å se planlagt vedlikehold av tjenestene du følger:',
  },
  existing:
    'Denne adressen mottar allerede oppdateringer om {page}. Bruk lenkene nedenfor for å endre hva du mottar, eller for å avslutte.',
};

export const mailSv: MailMessages = {
  title: {
    incident: '{status}: {name}',
    maintenanceAnnounced: 'Planerat underhåll: {name}',
    maintenanceRescheduled: 'Ny tid för underhåll: {name}',
    maintenanceCancelled: 'Underhåll inställt: {name}',
    maintenanceReminder: 'Underhåll börjar om en timme: {name}',
    maintenanceStarted: 'Underhåll pågår: {name}',
    maintenanceCompleted: 'Underhåll slutfört: {name}',
    component: '{component}: {status}',
    confirm: 'Bekräfta din prenumeration',
    existing: 'Du prenumererar redan',
  },
  lead: {
    maintenanceAnnounced: 'Vi utför underhåll under den här tiden.',
    maintenanceRescheduled:
      'Underhållet har fått en ny tid. Den bifogade kalenderhändelsen flyttar den du redan har.',
    maintenanceCancelled:
      'Underhållet blir inte av. Den bifogade kalenderhändelsen tar bort det ur din kalender.',
    maintenanceReminder: 'En påminnelse: underhållet börjar om en timme.',
    maintenanceStarted: 'Underhållet har börjat.',
    maintenanceCompleted: 'Underhållet är slutfört.',
    component: '{component} har ändrats från ”{from}” till ”{to}”.',
  },
  posted: 'Publicerat {time}',
  window: 'När: {start} – {end}',
  previousWindow: 'Tidigare: {start} – {end}',
  duration: 'Längd: {duration}',
  workingHours: 'Tiden överlappar arbetstid (måndag till fredag, 08:00–17:00 i din tidszon).',
  emergency: 'Akut underhåll: {reason}',
  affected: 'Berör: {components}',
  everything: 'alla tjänster',
  timesIn: 'Tiderna visas i {zone}.',
  calendarAttached: 'Den bifogade kalenderfilen (.ics) lägger in tiden i din kalender.',
  view: 'Visa på statussidan',
  manage: 'Ändra vad du får',
  unsubscribe: 'Avsluta prenumerationen',
  footer: 'Du får detta eftersom {address} prenumererar på uppdateringar från {page}.',
  follows: 'Du följer: {components}.',
  confirm: {
    intro: 'Någon, förhoppningsvis du, har bett om att få uppdateringar om {page} skickade till {address}.',
    button: 'Bekräfta prenumerationen',
    expires:
      'Länken gäller i 48 timmar. Om du inte bad om detta kan du bortse från mejlet: du hör inte av oss igen.',
    calendar: 'Planerat underhåll i din egen kalender',
    calendarHint:
      'Prenumerera på den här kalendern i Outlook, Google eller Apple Kalender för att se planerat underhåll av tjänsterna du följer:',
  },
  existing:
    'Den här adressen får redan uppdateringar om {page}. Använd länkarna nedan för att ändra vad du får eller för att sluta.',
};

export const mailDa: MailMessages = {
  title: {
    incident: '{status}: {name}',
    maintenanceAnnounced: 'Planlagt vedligeholdelse: {name}',
    maintenanceRescheduled: 'Nyt tidspunkt for vedligeholdelse: {name}',
    maintenanceCancelled: 'Vedligeholdelse aflyst: {name}',
    maintenanceReminder: 'Vedligeholdelse starter om en time: {name}',
    maintenanceStarted: 'Vedligeholdelse i gang: {name}',
    maintenanceCompleted: 'Vedligeholdelse afsluttet: {name}',
    component: '{component}: {status}',
    confirm: 'Bekræft dit abonnement',
    existing: 'Du abonnerer allerede',
  },
  lead: {
    maintenanceAnnounced: 'Vi udfører vedligeholdelse i dette tidsrum.',
    maintenanceRescheduled:
      'Vedligeholdelsen har fået et nyt tidspunkt. Den vedhæftede kalenderbegivenhed flytter den, du allerede har.',
    maintenanceCancelled:
      'Vedligeholdelsen bliver ikke gennemført. Den vedhæftede kalenderbegivenhed fjerner den fra din kalender.',
    maintenanceReminder: 'En påmindelse: vedligeholdelsen starter om en time.',
    maintenanceStarted: 'Vedligeholdelsen er startet.',
    maintenanceCompleted: 'Vedligeholdelsen er afsluttet.',
    component: '{component} er ændret fra »{from}« til »{to}«.',
  },
  posted: 'Offentliggjort {time}',
  window: 'Hvornår: {start} – {end}',
  previousWindow: 'Tidligere: {start} – {end}',
  duration: 'Varighed: {duration}',
  workingHours: 'Tidsrummet overlapper arbejdstiden (mandag til fredag, 08:00–17:00 i din tidszone).',
  emergency: 'Akut vedligeholdelse: {reason}',
  affected: 'Berører: {components}',
  everything: 'alle tjenester',
  timesIn: 'Tidspunkterne er vist i {zone}.',
  calendarAttached: 'Den vedhæftede kalenderfil (.ics) sætter tidsrummet ind i din kalender.',
  view: 'Se på statussiden',
  manage: 'Ændr, hvad du modtager',
  unsubscribe: 'Afmeld',
  footer: 'Du modtager dette, fordi {address} abonnerer på opdateringer fra {page}.',
  follows: 'Du følger: {components}.',
  confirm: {
    intro: 'Nogen, forhåbentlig dig, har bedt om at få opdateringer om {page} sendt til {address}.',
    button: 'Bekræft abonnementet',
    expires:
      'Linket er gyldigt i 48 timer. Hvis du ikke har bedt om dette, kan du se bort fra mailen: du hører ikke fra os igen.',
    calendar: 'Planlagt vedligeholdelse i din egen kalender',
    calendarHint:
      'Abonner på denne kalender i Outlook, Google eller Apple Kalender for at se planlagt vedligeholdelse af de tjenester, du følger:',
  },
  existing:
    'Denne adresse modtager allerede opdateringer om {page}. Brug linkene nedenfor til at ændre, hvad du modtager, eller til at stoppe.',
};

export const mailNl: MailMessages = {
  title: {
    incident: '{status}: {name}',
    maintenanceAnnounced: 'Gepland onderhoud: {name}',
    maintenanceRescheduled: 'Onderhoud verplaatst: {name}',
    maintenanceCancelled: 'Onderhoud geannuleerd: {name}',
    maintenanceReminder: 'Onderhoud begint over een uur: {name}',
    maintenanceStarted: 'Onderhoud in uitvoering: {name}',
    maintenanceCompleted: 'Onderhoud voltooid: {name}',
    component: '{component}: {status}',
    confirm: 'Bevestig uw abonnement',
    existing: 'U bent al geabonneerd',
  },
  lead: {
    maintenanceAnnounced: 'We voeren in deze periode onderhoud uit.',
    maintenanceRescheduled:
      'Dit onderhoud heeft een nieuw tijdstip. De bijgevoegde agenda-afspraak verplaatst de afspraak die u al hebt.',
    maintenanceCancelled:
      'Dit onderhoud gaat niet door. De bijgevoegde agenda-afspraak haalt het uit uw agenda.',
    maintenanceReminder: 'Ter herinnering: dit onderhoud begint over een uur.',
    maintenanceStarted: 'Het onderhoud is begonnen.',
    maintenanceCompleted: 'Het onderhoud is voltooid.',
    component: '{component} is gewijzigd van ‘{from}’ naar ‘{to}’.',
  },
  posted: 'Geplaatst {time}',
  window: 'Wanneer: {start} – {end}',
  previousWindow: 'Eerder: {start} – {end}',
  duration: 'Duur: {duration}',
  workingHours: 'Deze periode valt binnen werktijd (maandag tot en met vrijdag, 08:00–17:00 in uw tijdzone).',
  emergency: 'Spoedonderhoud: {reason}',
  affected: 'Betreft: {components}',
  everything: 'alle diensten',
  timesIn: 'Tijden staan in {zone}.',
  calendarAttached: 'Het bijgevoegde agendabestand (.ics) zet deze periode in uw agenda.',
  view: 'Bekijk op de statuspagina',
  manage: 'Wijzig wat u ontvangt',
  unsubscribe: 'Afmelden',
  footer: 'U ontvangt dit omdat {address} zich heeft aangemeld voor updates van {page}.',
  follows: 'U volgt: {components}.',
  confirm: {
    intro: 'Iemand, hopelijk u, heeft gevraagd om updates over {page} naar {address} te sturen.',
    button: 'Abonnement bevestigen',
    expires:
      'De link is 48 uur geldig. Hebt u hier niet om gevraagd, negeer deze e-mail dan: u hoort niet meer van ons.',
    calendar: 'Gepland onderhoud in uw eigen agenda',
    calendarHint:
      'Abonneer u op deze agenda in Outlook, Google of Apple Agenda om gepland onderhoud te zien van de diensten die u volgt:',
  },
  existing:
    'Dit adres ontvangt al updates over {page}. Gebruik de links hieronder om te wijzigen wat u ontvangt, of om te stoppen.',
};

export const mailDe: MailMessages = {
  title: {
    incident: '{status}: {name}',
    maintenanceAnnounced: 'Geplante Wartung: {name}',
    maintenanceRescheduled: 'Wartung verschoben: {name}',
    maintenanceCancelled: 'Wartung abgesagt: {name}',
    maintenanceReminder: 'Wartung beginnt in einer Stunde: {name}',
    maintenanceStarted: 'Wartung läuft: {name}',
    maintenanceCompleted: 'Wartung abgeschlossen: {name}',
    component: '{component}: {status}',
    confirm: 'Bestätigen Sie Ihr Abonnement',
    existing: 'Sie haben bereits ein Abonnement',
  },
  lead: {
    maintenanceAnnounced: 'In diesem Zeitraum führen wir Wartungsarbeiten durch.',
    maintenanceRescheduled:
      'Diese Wartung hat einen neuen Termin. Der angehängte Kalendereintrag verschiebt den Termin, den Sie bereits haben.',
    maintenanceCancelled:
      'Diese Wartung findet nicht statt. Der angehängte Kalendereintrag entfernt sie aus Ihrem Kalender.',
    maintenanceReminder: 'Zur Erinnerung: Diese Wartung beginnt in einer Stunde.',
    maintenanceStarted: 'Die Wartung hat begonnen.',
    maintenanceCompleted: 'Die Wartung ist abgeschlossen.',
    component: '{component} hat sich von „{from}“ zu „{to}“ geändert.',
  },
  posted: 'Veröffentlicht {time}',
  window: 'Wann: {start} – {end}',
  previousWindow: 'Bisher: {start} – {end}',
  duration: 'Dauer: {duration}',
  workingHours:
    'Dieser Zeitraum überschneidet sich mit der Arbeitszeit (Montag bis Freitag, 08:00–17:00 in Ihrer Zeitzone).',
  emergency: 'Notfallwartung: {reason}',
  affected: 'Betrifft: {components}',
  everything: 'alle Dienste',
  timesIn: 'Zeiten in {zone}.',
  calendarAttached: 'Die angehängte Kalenderdatei (.ics) trägt diesen Zeitraum in Ihren Kalender ein.',
  view: 'Auf der Statusseite ansehen',
  manage: 'Ändern, was Sie erhalten',
  unsubscribe: 'Abbestellen',
  footer: 'Sie erhalten diese Nachricht, weil {address} Updates von {page} abonniert hat.',
  follows: 'Sie folgen: {components}.',
  confirm: {
    intro: 'Jemand, hoffentlich Sie, hat Updates zu {page} an {address} angefordert.',
    button: 'Abonnement bestätigen',
    expires:
      'Der Link ist 48 Stunden gültig. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Sie hören nicht wieder von uns.',
    calendar: 'Geplante Wartungen in Ihrem eigenen Kalender',
    calendarHint:
      'Abonnieren Sie diesen Kalender in Outlook, Google oder Apple Kalender, um geplante Wartungen der Dienste zu sehen, denen Sie folgen:',
  },
  existing:
    'Diese Adresse erhält bereits Updates zu {page}. Über die Links unten ändern Sie, was Sie erhalten, oder bestellen ab.',
};
