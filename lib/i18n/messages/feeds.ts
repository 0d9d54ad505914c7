import type { Widen } from '@/lib/i18n/message-shape';

/** The Atom feed (/history.atom). */
export const feedsEn = {
  title: '{page} status history',
  subtitle: 'Incidents and scheduled maintenance of {page}.',
  incident: 'Incident',
  maintenance: 'Maintenance',
  entryTitle: '{kind}: {name}',
  status: 'Status: {status}',
  impact: 'Impact: {impact}',
  affected: 'Affected components: {components}',
  window: 'Scheduled: {start} – {end}',
  emergency: 'Emergency maintenance: {reason}',
  cancelled: 'This maintenance was cancelled.',
  automatic: {
    in_progress: 'The maintenance has started.',
    verifying: 'The work is done and is being verified.',
    completed: 'The maintenance has been completed.',
  },
} as const;

export type FeedsMessages = Widen<typeof feedsEn>;

export const feedsNb: FeedsMessages = {
  title: 'Statushistorikk for {page}',
  subtitle: 'Hendelser og planlagt vedlikehold for {page}.',
  incident: 'Hendelse',
  maintenance: 'Vedlikehold',
  entryTitle: '{kind}: {name}',
  status: 'Status: {status}',
  impact: 'Påvirkning: {impact}',
  affected: 'Berørte komponenter: {components}',
  window: 'Planlagt: {start} – {end}',
  emergency: 'Akutt vedlikehold: {reason}',
  cancelled: 'Dette vedlikeholdet ble avlyst.',
  automatic: {
    in_progress: 'Vedlikeholdet har startet.',
    verifying: 'Arbeidet er ferdig og blir nå kontrollert.',
    completed: 'Vedlikeholdet er fullført.',
  },
};

export const feedsSv: FeedsMessages = {
  title: 'Statushistorik för {page}',
  subtitle: 'Incidenter och planerat underhåll för {page}.',
  incident: 'Incident',
  maintenance: 'Underhåll',
  entryTitle: '{kind}: {name}',
  status: 'Status: {status}',
  impact: 'Påverkan: {impact}',
  affected: 'Påverkade komponenter: {components}',
  window: 'Planerat: {start} – {end}',
  emergency: 'Akut underhåll: {reason}',
  cancelled: 'Underhållet har ställts in.',
  automatic: {
    in_progress: 'Underhållet har börjat.',
    verifying: 'Arbetet är klart och kontrolleras nu.',
    completed: 'Underhållet är slutfört.',
  },
};

export const feedsDa: FeedsMessages = {
  title: 'Statushistorik for {page}',
  subtitle: 'Hændelser og planlagt vedligeholdelse for {page}.',
  incident: 'Hændelse',
  maintenance: 'Vedligeholdelse',
  entryTitle: '{kind}: {name}',
  status: 'Status: {status}',
  impact: 'Påvirkning: {impact}',
  affected: 'Berørte komponenter: {components}',
  window: 'Planlagt: {start} – {end}',
  emergency: 'Akut vedligeholdelse: {reason}',
  cancelled: 'Vedligeholdelsen er aflyst.',
  automatic: {
    in_progress: 'Vedligeholdelsen er begyndt.',
    verifying: 'Arbejdet er færdigt og bliver nu kontrolleret.',
    completed: 'Vedligeholdelsen er afsluttet.',
  },
};

export const feedsNl: FeedsMessages = {
  title: 'Statusgeschiedenis van {page}',
  subtitle: 'Incidenten en gepland onderhoud van {page}.',
  incident: 'Incident',
  maintenance: 'Onderhoud',
  entryTitle: '{kind}: {name}',
  status: 'Status: {status}',
  impact: 'Impact: {impact}',
  affected: 'Getroffen onderdelen: {components}',
  window: 'Gepland: {start} – {end}',
  emergency: 'Spoedonderhoud: {reason}',
  cancelled: 'Dit onderhoud is geannuleerd.',
  automatic: {
    in_progress: 'Het onderhoud is begonnen.',
    verifying: 'Het werk is klaar en wordt nu gecontroleerd.',
    completed: 'Het onderhoud is voltooid.',
  },
};

export const feedsDe: FeedsMessages = {
  title: 'Statusverlauf von {page}',
  subtitle: 'Störungen und geplante Wartungen von {page}.',
  incident: 'Störung',
  maintenance: 'Wartung',
  entryTitle: '{kind}: {name}',
  status: 'Status: {status}',
  impact: 'Auswirkungen: {impact}',
  affected: 'Betroffene Komponenten: {components}',
  window: 'Geplant: {start} – {end}',
  emergency: 'Notfallwartung: {reason}',
  cancelled: 'Diese Wartung wurde abgesagt.',
  automatic: {
    in_progress: 'Die Wartung hat begonnen.',
    verifying: 'Die Arbeiten sind abgeschlossen und werden jetzt überprüft.',
    completed: 'Die Wartung ist abgeschlossen.',
  },
};
